namespace FocalPoint.Network;

/// <summary>Centrality measures. Every method returns one value per node index.</summary>
public static partial class Centrality
{
    /// <summary>Degree of every node (out-degree when directed); a self-loop counts 2 when undirected.</summary>
    public static int[] Degree(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var d = new int[graph.NodeCount];
        for (var v = 0; v < d.Length; v++)
        {
            d[v] = graph.Degree(v);
        }
        return d;
    }

    /// <summary>
    /// Exact betweenness (Brandes), scaled like igraph's default: raw counts of shortest paths through
    /// each node, each unordered pair counted once when undirected. Parallel links count as separate
    /// paths; self-loops are ignored. <paramref name="normalised"/> divides by the pair count
    /// ((n-1)(n-2)/2 undirected, (n-1)(n-2) directed) so values fall in [0, 1].
    /// Runs the sources in parallel (<paramref name="maxThreads"/> 0 = all cores).
    /// </summary>
    public static double[] Betweenness(Graph graph, bool normalised = false, int maxThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var all = Enumerable.Range(0, graph.NodeCount).ToArray();
        var scores = BrandesWorker.Run(graph, all, maxThreads);
        Scale(graph, scores, normalised ? 1.0 / PairCount(graph) : 1.0);
        return scores;
    }

    /// <summary>
    /// Betweenness counting only shortest paths that start at <paramref name="sources"/> (to any target),
    /// halved when undirected: what igraph's <c>betweenness(sources=..., targets=None)</c> returns.
    /// </summary>
    public static double[] SubsetBetweenness(Graph graph, IReadOnlyList<int> sources, int maxThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var s in sources)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(s);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(s, graph.NodeCount);
        }
        var scores = BrandesWorker.Run(graph, sources, maxThreads);
        Scale(graph, scores, 1.0);
        return scores;
    }

    /// <summary>
    /// Betweenness estimated from <paramref name="sampleSize"/> random sources (Brandes–Pich): the
    /// subset betweenness scaled by n/k, an unbiased estimate of <see cref="Betweenness"/>. The error
    /// bound is Hoeffding's: each source adds between 0 and (n-2) (halved when undirected) to a node,
    /// so with probability <paramref name="confidence"/> every single node's estimate is within
    /// n(n-2)·sqrt(ln(2/(1-confidence))/(2k)) of the exact value (halved when undirected).
    /// </summary>
    public static SampledBetweenness SampledBetweenness(Graph graph, int sampleSize, int seed = 1, double confidence = 0.95, int maxThreads = 0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleSize);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1.0);
        var n = graph.NodeCount;
        var k = Math.Min(sampleSize, n);
        var random = new Random(seed);
        var pool = Enumerable.Range(0, n).ToArray();
        random.Shuffle(pool);
        var sources = pool[..k];
        var scores = SubsetBetweenness(graph, sources, maxThreads);
        for (var v = 0; v < n; v++)
        {
            scores[v] *= (double)n / k;
        }
        var half = graph.IsDirected ? 1.0 : 0.5;
        var epsilon = k == n ? 0 : Math.Sqrt(Math.Log(2 / (1 - confidence)) / (2.0 * k));
        var bound = half * n * Math.Max(n - 2, 0) * epsilon;
        var pairs = PairCount(graph);
        return new SampledBetweenness(scores, sources, bound, pairs > 0 ? bound / pairs : 0, confidence);
    }

    private static double PairCount(Graph graph)
    {
        var n = (double)graph.NodeCount;
        var pairs = (n - 1) * (n - 2) * (graph.IsDirected ? 1 : 0.5);
        return pairs > 0 ? pairs : 1;
    }

    private static void Scale(Graph graph, double[] scores, double factor)
    {
        var f = factor * (graph.IsDirected ? 1.0 : 0.5);
        for (var v = 0; v < scores.Length; v++)
        {
            scores[v] *= f;
        }
    }
}

/// <summary>Result of <see cref="Centrality.SampledBetweenness"/>.</summary>
/// <param name="Scores">Estimated betweenness per node, on the scale of <see cref="Centrality.Betweenness"/>.</param>
/// <param name="Sources">The sampled source nodes.</param>
/// <param name="ErrorBound">Per-node absolute error bound on the raw scale (0 when every node was a source).</param>
/// <param name="NormalisedErrorBound">The same bound on the normalised [0, 1] scale.</param>
/// <param name="Confidence">Probability with which the bound holds for any one node.</param>
public sealed record SampledBetweenness(IReadOnlyList<double> Scores, IReadOnlyList<int> Sources, double ErrorBound, double NormalisedErrorBound, double Confidence);
