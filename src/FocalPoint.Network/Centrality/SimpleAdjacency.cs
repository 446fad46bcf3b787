namespace FocalPoint.Network;

/// <summary>
/// The out-adjacency with parallel links merged into one entry with a multiplicity, and self-loops dropped: what
/// Brandes' algorithm needs. k parallel links are k shortest paths, so sigma and the dependencies are multiplied by
/// the count instead of visiting each copy; R-MAT and registry graphs repeat links often enough for this to pay.
/// </summary>
internal sealed class SimpleAdjacency
{
    public SimpleAdjacency(Graph graph)
    {
        var n = graph.NodeCount;
        Offsets = new int[n + 1];
        var targets = new int[graph.Targets.Length];
        var counts = new int[graph.Targets.Length];
        var row = new int[MaxDegree(graph)];
        var next = 0;
        for (var v = 0; v < n; v++)
        {
            var neighbours = graph.Neighbours(v);
            neighbours.CopyTo(row);
            var sorted = row.AsSpan(0, neighbours.Length);
            sorted.Sort();
            for (var i = 0; i < sorted.Length; i++)
            {
                var w = sorted[i];
                if (w == v)
                {
                    continue;
                }
                if (next > Offsets[v] && targets[next - 1] == w)
                {
                    counts[next - 1]++;
                }
                else
                {
                    targets[next] = w;
                    counts[next++] = 1;
                }
            }
            Offsets[v + 1] = next;
        }
        Targets = targets[..next];
        Counts = counts[..next];
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>How many links join the row's node to the target.</summary>
    public int[] Counts { get; }

    private static int MaxDegree(Graph graph)
    {
        var max = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            max = Math.Max(max, graph.Degree(v));
        }
        return max;
    }
}
