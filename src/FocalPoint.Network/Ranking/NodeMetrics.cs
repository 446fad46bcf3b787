namespace FocalPoint.Network;

/// <summary>How <see cref="NodeMetrics.Compute"/> trades exactness for time.</summary>
public sealed record MetricsOptions
{
    /// <summary>Exact betweenness up to this many nodes; above it, sampled on <see cref="BetweennessSamples"/> sources.</summary>
    public int ExactBetweennessLimit { get; init; } = 20_000;

    /// <summary>Sources sampled for betweenness on larger graphs.</summary>
    public int BetweennessSamples { get; init; } = 256;

    /// <summary>Closeness is one search per node (O(n·m)); above this many nodes it is skipped (all 0).</summary>
    public int ClosenessLimit { get; init; } = 50_000;

    /// <summary>Seed for sampling, so a rerun gives the same answer.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Worker threads; 0 = all cores.</summary>
    public int MaxThreads { get; init; }
}

/// <summary>Every per-node metric at once, the table behind <c>focalpoint graph metrics</c> and the key-player ranking.</summary>
/// <param name="Degree">Degree per node.</param>
/// <param name="Betweenness">Betweenness per node (igraph scale).</param>
/// <param name="BetweennessErrorBound">0 when exact; otherwise the sampled estimate's 95% per-node error bound.</param>
/// <param name="Closeness">Closeness per node (0 when skipped for size).</param>
/// <param name="Eigenvector">Eigenvector centrality per node, maximum 1.</param>
/// <param name="PageRank">PageRank per node, summing to 1.</param>
/// <param name="Component">Connected component per node.</param>
/// <param name="Community">Louvain community per node.</param>
/// <param name="Modularity">Modularity of the communities.</param>
public sealed record NodeMetrics(
    IReadOnlyList<int> Degree,
    IReadOnlyList<double> Betweenness,
    double BetweennessErrorBound,
    IReadOnlyList<double> Closeness,
    IReadOnlyList<double> Eigenvector,
    IReadOnlyList<double> PageRank,
    IReadOnlyList<int> Component,
    IReadOnlyList<int> Community,
    double Modularity)
{
    /// <summary>Computes all metrics for <paramref name="graph"/>.</summary>
    public static NodeMetrics Compute(Graph graph, MetricsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var o = options ?? new MetricsOptions();
        var n = graph.NodeCount;
        IReadOnlyList<double> betweenness;
        double bound = 0;
        if (n <= o.ExactBetweennessLimit)
        {
            betweenness = Centrality.Betweenness(graph, maxThreads: o.MaxThreads);
        }
        else
        {
            var sampled = Centrality.SampledBetweenness(graph, o.BetweennessSamples, o.Seed, maxThreads: o.MaxThreads);
            (betweenness, bound) = (sampled.Scores, sampled.ErrorBound);
        }
        var closeness = n <= o.ClosenessLimit ? Centrality.Closeness(graph, o.MaxThreads) : new double[n];
        var communities = Communities.Detect(graph);
        return new NodeMetrics(
            Centrality.Degree(graph),
            betweenness,
            bound,
            closeness,
            Centrality.Eigenvector(graph),
            Centrality.PageRank(graph, maxThreads: o.MaxThreads),
            Components.Find(graph).Membership,
            communities.Membership,
            communities.Modularity);
    }
}
