namespace FocalPoint.Network;

public static partial class Centrality
{
    /// <summary>
    /// PageRank by power iteration, matching igraph's PRPACK solver within <paramref name="tolerance"/>:
    /// an undirected link is a step both ways (a self-loop twice, as igraph counts it); a dangling
    /// node (no out-links, e.g. an isolated one) spreads its rank evenly over all nodes; the teleport is
    /// uniform. Iterates until the L1 change falls below <paramref name="tolerance"/>. Each iteration
    /// pulls rank along in-links, partitioned over node ranges in parallel. Scores sum to 1.
    /// </summary>
    public static double[] PageRank(Graph graph, double damping = 0.85, double tolerance = 1e-10, int maxIterations = 1000, int maxThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(damping);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(damping, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tolerance);
        var n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }
        var rank = new double[n];
        var next = new double[n];
        var share = new double[n];
        Array.Fill(rank, 1.0 / n);
        var inOffsets = graph.InOffsets;
        var inSources = graph.InSources;
        var chunks = Chunks(n, maxThreads);
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxThreads <= 0 ? Environment.ProcessorCount : maxThreads };
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            double dangling = 0;
            for (var v = 0; v < n; v++)
            {
                var d = graph.Offsets[v + 1] - graph.Offsets[v];
                if (d == 0)
                {
                    dangling += rank[v];
                    share[v] = 0;
                }
                else
                {
                    share[v] = rank[v] / d;
                }
            }
            var baseline = ((1 - damping) + (damping * dangling)) / n;
            var change = new double[chunks.Length - 1];
            Parallel.For(0, chunks.Length - 1, options, c =>
            {
                double local = 0;
                for (var v = chunks[c]; v < chunks[c + 1]; v++)
                {
                    double sum = 0;
                    for (var p = inOffsets[v]; p < inOffsets[v + 1]; p++)
                    {
                        sum += share[inSources[p]];
                    }
                    var value = baseline + (damping * sum);
                    local += Math.Abs(value - rank[v]);
                    next[v] = value;
                }
                change[c] = local;
            });
            (rank, next) = (next, rank);
            if (change.Sum() < tolerance)
            {
                break;
            }
        }
        var total = rank.Sum();
        for (var v = 0; v < n; v++)
        {
            rank[v] /= total;
        }
        return rank;
    }

    /// <summary>Node ranges for parallel loops: a few per thread so uneven rows still balance.</summary>
    private static int[] Chunks(int n, int maxThreads)
    {
        var threads = maxThreads <= 0 ? Environment.ProcessorCount : maxThreads;
        var count = Math.Max(1, Math.Min(n / 4096, threads * 8));
        var bounds = new int[count + 1];
        for (var c = 0; c <= count; c++)
        {
            bounds[c] = (int)((long)n * c / count);
        }
        return bounds;
    }
}
