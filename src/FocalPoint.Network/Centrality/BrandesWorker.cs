namespace FocalPoint.Network;

/// <summary>
/// One thread's state for Brandes' algorithm. Predecessors are not stored: when dependencies flow back,
/// a node's predecessors are exactly its in-neighbours one hop closer, so the in-adjacency replaces the
/// predecessor lists and saves an allocation per edge.
/// </summary>
internal sealed class BrandesWorker
{
    private readonly Graph graph;
    private readonly int[] dist;
    private readonly double[] sigma;
    private readonly double[] delta;
    private readonly int[] order;

    public BrandesWorker(Graph graph)
    {
        this.graph = graph;
        var n = graph.NodeCount;
        dist = new int[n];
        Array.Fill(dist, -1);
        sigma = new double[n];
        delta = new double[n];
        order = new int[n];
        Scores = new double[n];
    }

    /// <summary>Dependencies accumulated over the sources run on this worker.</summary>
    public double[] Scores { get; }

    public void Accumulate(int s)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        int head = 0, tail = 0;
        order[tail++] = s;
        dist[s] = 0;
        sigma[s] = 1;
        while (head < tail)
        {
            var v = order[head++];
            var dv = dist[v] + 1;
            var sv = sigma[v];
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                if (dist[w] < 0)
                {
                    dist[w] = dv;
                    order[tail++] = w;
                }
                if (dist[w] == dv)
                {
                    // Parallel links are separate shortest paths, as in igraph.
                    sigma[w] += sv;
                }
            }
        }
        var inOffsets = graph.InOffsets;
        var inSources = graph.InSources;
        for (var i = tail - 1; i > 0; i--)
        {
            var w = order[i];
            var coefficient = (1 + delta[w]) / sigma[w];
            var dw = dist[w] - 1;
            for (var p = inOffsets[w]; p < inOffsets[w + 1]; p++)
            {
                var v = inSources[p];
                if (dist[v] == dw)
                {
                    delta[v] += sigma[v] * coefficient;
                }
            }
            Scores[w] += delta[w];
        }
        // Reset only what this source touched, so a source costs O(reached), not O(n).
        for (var i = 0; i < tail; i++)
        {
            var v = order[i];
            dist[v] = -1;
            sigma[v] = 0;
            delta[v] = 0;
        }
    }

    /// <summary>Runs <paramref name="sources"/> on all cores and sums the per-thread scores.</summary>
    public static double[] Run(Graph graph, IReadOnlyList<int> sources, int maxThreads)
    {
        var total = new double[graph.NodeCount];
        var gate = new object();
        Parallel.For(
            0,
            sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads <= 0 ? Environment.ProcessorCount : maxThreads },
            () => new BrandesWorker(graph),
            (i, _, worker) =>
            {
                worker.Accumulate(sources[i]);
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    for (var v = 0; v < total.Length; v++)
                    {
                        total[v] += worker.Scores[v];
                    }
                }
            });
        return total;
    }
}
