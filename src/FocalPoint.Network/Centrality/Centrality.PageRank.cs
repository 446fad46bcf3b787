using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FocalPoint.Network;

public static partial class Centrality
{
    /// <summary>
    /// PageRank, matching igraph's PRPACK solver within <paramref name="tolerance"/>: an undirected link is a step
    /// both ways (a self-loop twice, as igraph counts it); a dangling node (no out-links, e.g. an isolated one) spreads
    /// its rank evenly over all nodes; the teleport is uniform. Scores sum to 1.
    /// With damping below 1 it solves the equivalent linear system y = 1 + damping·Pᵀy (dangling rows left empty,
    /// then y normalised, which is exact when the dangling and teleport distributions are both uniform) by
    /// Gauss–Seidel sweeps, pulling along in-links with precomputed reciprocal out-degrees, until the L1 change of y
    /// relative to its sum falls below <paramref name="tolerance"/>. Gauss–Seidel needs about half the sweeps of
    /// power iteration, and far fewer on bipartite or many-component graphs such as the registry's (131 against 63
    /// on the demo graph), where power iteration's error oscillates at the damping rate. A sweep is sequential by
    /// nature; measured on two cores it beat the parallel power iteration even there, so
    /// <paramref name="maxThreads"/> only limits the power iteration used when damping is 1.
    /// </summary>
    public static double[] PageRank(Graph graph, double damping = 0.85, double tolerance = 1e-10, int maxIterations = 1000, int maxThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(damping);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(damping, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tolerance);
        if (graph.NodeCount == 0)
        {
            return [];
        }

        return damping < 1.0
            ? PageRankGaussSeidel(graph, damping, tolerance, maxIterations)
            : PageRankPowerIteration(graph, damping, tolerance, maxIterations, maxThreads);
    }

    private static double[] PageRankGaussSeidel(Graph graph, double damping, double tolerance, int maxIterations)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var inOffsets = graph.InOffsets;
        var inSources = graph.InSources;
        var reciprocal = new double[n];
        var y = new double[n];

        // share[u] = y[u] / outdegree(u): what u passes along each out-link; updated in place, so later nodes of
        // the same sweep already pull the new value (that is the Gauss–Seidel step).
        var share = new double[n];
        var start = 1.0 / (1.0 - damping);
        for (var v = 0; v < n; v++)
        {
            var degree = offsets[v + 1] - offsets[v];
            reciprocal[v] = degree == 0 ? 0 : 1.0 / degree;
            y[v] = start;
            share[v] = start * reciprocal[v];
        }

        ref var shares = ref MemoryMarshal.GetArrayDataReference(share);
        ref var sources = ref MemoryMarshal.GetArrayDataReference(inSources);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            double change = 0, sum = 0;
            var from = inOffsets[0];
            for (var v = 0; v < n; v++)
            {
                var to = inOffsets[v + 1];

                // Two accumulators halve the chain of dependent additions on high-degree rows; indices come from
                // the CSR arrays themselves, so the unchecked reads stay inside them.
                double s0 = 0, s1 = 0;
                var p = from;
                for (; p + 1 < to; p += 2)
                {
                    s0 += Unsafe.Add(ref shares, Unsafe.Add(ref sources, p));
                    s1 += Unsafe.Add(ref shares, Unsafe.Add(ref sources, p + 1));
                }
                if (p < to)
                {
                    s0 += Unsafe.Add(ref shares, Unsafe.Add(ref sources, p));
                }
                from = to;
                var value = 1.0 + (damping * (s0 + s1));
                change += Math.Abs(value - y[v]);
                sum += value;
                y[v] = value;
                share[v] = value * reciprocal[v];
            }
            if (change < tolerance * sum)
            {
                break;
            }
        }
        var total = y.Sum();
        for (var v = 0; v < n; v++)
        {
            y[v] /= total;
        }
        return y;
    }

    /// <summary>Power iteration: kept for damping 1, where the linear system above has no solution.</summary>
    private static double[] PageRankPowerIteration(Graph graph, double damping, double tolerance, int maxIterations, int maxThreads)
    {
        var n = graph.NodeCount;
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
