namespace FocalPoint.Network;

/// <summary>Reusable breadth-first search: arrays allocated once per thread, reset only where touched.</summary>
internal sealed class BfsWorker
{
    private readonly Graph graph;
    private readonly int[] dist;
    private readonly int[] order;
    private int reached;

    public BfsWorker(Graph graph)
    {
        this.graph = graph;
        dist = new int[graph.NodeCount];
        Array.Fill(dist, -1);
        order = new int[graph.NodeCount];
    }

    /// <summary>Nodes in visiting order; the first <see cref="Run"/> result entries are valid.</summary>
    public ReadOnlySpan<int> Order => order.AsSpan(0, reached);

    /// <summary>Hop distance of the i-th visited node.</summary>
    public int DistanceAt(int i) => dist[order[i]];

    /// <summary>Searches from <paramref name="source"/> along out-links; returns how many nodes were reached.</summary>
    public int Run(int source)
    {
        for (var i = 0; i < reached; i++)
        {
            dist[order[i]] = -1;
        }
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        int head = 0, tail = 0;
        order[tail++] = source;
        dist[source] = 0;
        while (head < tail)
        {
            var v = order[head++];
            var dv = dist[v] + 1;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                if (dist[w] < 0)
                {
                    dist[w] = dv;
                    order[tail++] = w;
                }
            }
        }
        reached = tail;
        return tail;
    }
}
