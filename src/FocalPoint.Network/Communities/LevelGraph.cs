namespace FocalPoint.Network;

/// <summary>
/// Symmetric weighted adjacency used by Louvain, one merged entry per neighbour. The diagonal entry
/// holds A_ii = 2w for a self-loop of weight w, the convention igraph's modularity uses, so that
/// aggregating a community into one node keeps its internal weight on its diagonal unchanged.
/// </summary>
internal sealed class LevelGraph
{
    public LevelGraph(int[] offsets, int[] adjacency, double[] weights)
    {
        (Offsets, Adjacency, Weights) = (offsets, adjacency, weights);
        Strength = new double[NodeCount];
        for (var v = 0; v < NodeCount; v++)
        {
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                Strength[v] += weights[p];
            }
            TotalStrength += Strength[v];
        }
    }

    public int[] Offsets { get; }
    public int[] Adjacency { get; }
    public double[] Weights { get; }
    public double[] Strength { get; }
    public double TotalStrength { get; }
    public int NodeCount => Offsets.Length - 1;

    public static LevelGraph From(Graph graph, bool weighted)
    {
        var groups = Enumerable.Range(0, graph.NodeCount).Select(v => new[] { v }).ToArray();
        return Merge(graph.NodeCount, groups, v => Row(graph, v, weighted));
    }

    /// <summary>Collapses each community of <paramref name="membership"/> (labels 0..count-1) into a node.</summary>
    public LevelGraph Aggregate(int[] membership, int count)
    {
        var groups = new List<int>[count];
        for (var c = 0; c < count; c++)
        {
            groups[c] = [];
        }
        for (var v = 0; v < NodeCount; v++)
        {
            groups[membership[v]].Add(v);
        }
        return Merge(count, groups.Select(g => g.ToArray()).ToArray(), v => Entries(v, membership));
    }

    private IEnumerable<(int Target, double Weight)> Entries(int v, int[] membership)
    {
        for (var p = Offsets[v]; p < Offsets[v + 1]; p++)
        {
            yield return (membership[Adjacency[p]], Weights[p]);
        }
    }

    private static IEnumerable<(int Target, double Weight)> Row(Graph graph, int v, bool weighted)
    {
        for (var p = graph.Offsets[v]; p < graph.Offsets[v + 1]; p++)
        {
            yield return (graph.Targets[p], weighted ? graph.LinkWeights[graph.SlotLinks[p]] : 1.0);
        }
        if (graph.IsDirected)
        {
            // Communities ignore direction: A = out + in.
            for (var p = graph.InOffsets[v]; p < graph.InOffsets[v + 1]; p++)
            {
                yield return (graph.InSources[p], weighted ? graph.LinkWeights[graph.InSlotLinks[p]] : 1.0);
            }
        }
    }

    private static LevelGraph Merge(int count, int[][] groups, Func<int, IEnumerable<(int Target, double Weight)>> entries)
    {
        var acc = new double[count];
        var seen = new bool[count];
        var touched = new List<int>();
        var offsets = new int[count + 1];
        var adjacency = new List<int>();
        var weights = new List<double>();
        for (var c = 0; c < count; c++)
        {
            foreach (var v in groups[c])
            {
                foreach (var (t, w) in entries(v))
                {
                    if (!seen[t])
                    {
                        seen[t] = true;
                        touched.Add(t);
                    }
                    acc[t] += w;
                }
            }
            foreach (var t in touched)
            {
                adjacency.Add(t);
                weights.Add(acc[t]);
                acc[t] = 0;
                seen[t] = false;
            }
            touched.Clear();
            offsets[c + 1] = adjacency.Count;
        }
        return new LevelGraph(offsets, adjacency.ToArray(), weights.ToArray());
    }
}
