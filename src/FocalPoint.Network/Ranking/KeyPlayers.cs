using System.Globalization;

namespace FocalPoint.Network;

/// <summary>A node ranked as a key player, with the reasons as codes that a caller words in its reader's language.</summary>
/// <param name="Node">Node index.</param>
/// <param name="Id">External id.</param>
/// <param name="Rank">1-based rank.</param>
/// <param name="Score">Combined score in [0, 1].</param>
/// <param name="Reasons">Why, e.g. <see cref="KeyPlayerReasonCode.Bridges"/> 3 ("bridges 3 communities").</param>
public sealed record KeyPlayer(int Node, NodeId Id, int Rank, double Score, IReadOnlyList<KeyPlayerReason> Reasons);

/// <summary>What makes a node a key player.</summary>
public enum KeyPlayerReasonCode
{
    /// <summary>Joins <see cref="KeyPlayerReason.Count"/> communities.</summary>
    Bridges,
    /// <summary>The highest betweenness of the graph.</summary>
    HighestBetweenness,
    /// <summary>Within the top <see cref="KeyPlayerReason.Percent"/>% by betweenness.</summary>
    TopBetweenness,
    /// <summary>The highest PageRank of the graph.</summary>
    HighestPageRank,
    /// <summary>Within the top <see cref="KeyPlayerReason.Percent"/>% by PageRank.</summary>
    TopPageRank,
    /// <summary><see cref="KeyPlayerReason.Count"/> links, within the top <see cref="KeyPlayerReason.Percent"/>% by degree.</summary>
    TopDegree,
    /// <summary>No single measure stands out; ranked on the combined score.</summary>
    CombinedScore,
}

/// <summary>One reason with its figures; <see cref="ToString"/> gives the English wording (CLI, logs).</summary>
/// <param name="Code">The kind of reason.</param>
/// <param name="Count">Communities bridged or links held, where the code has one.</param>
/// <param name="Percent">The top share in percent (at least 1), where the code has one.</param>
public sealed record KeyPlayerReason(KeyPlayerReasonCode Code, int Count = 0, int Percent = 0)
{
    /// <inheritdoc/>
    public override string ToString() => Code switch
    {
        KeyPlayerReasonCode.Bridges => string.Create(CultureInfo.InvariantCulture, $"bridges {Count} communities"),
        KeyPlayerReasonCode.HighestBetweenness => "highest betweenness",
        KeyPlayerReasonCode.TopBetweenness => string.Create(CultureInfo.InvariantCulture, $"top {Percent}% betweenness"),
        KeyPlayerReasonCode.HighestPageRank => "highest PageRank",
        KeyPlayerReasonCode.TopPageRank => string.Create(CultureInfo.InvariantCulture, $"top {Percent}% PageRank"),
        KeyPlayerReasonCode.TopDegree => string.Create(CultureInfo.InvariantCulture, $"{Count} links (top {Percent}% by degree)"),
        _ => "ranked on the combined score only",
    };
}

/// <summary>
/// Ranks key players. The score weighs brokerage above popularity, because in a trafficking network
/// the broker who joins groups matters more than the busiest member: 40% betweenness percentile,
/// 25% PageRank percentile, 15% degree percentile, 20% for bridging communities (3 or more = full).
/// </summary>
public static class KeyPlayers
{
    /// <summary>The <paramref name="top"/> key players of <paramref name="graph"/>, best first.</summary>
    public static IReadOnlyList<KeyPlayer> Rank(Graph graph, NodeMetrics metrics, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var n = graph.NodeCount;
        var between = TopFraction(metrics.Betweenness);
        var pagerank = TopFraction(metrics.PageRank);
        var degree = TopFraction(metrics.Degree.Select(d => (double)d).ToArray());
        var bridged = new int[n];
        var score = new double[n];
        for (var v = 0; v < n; v++)
        {
            bridged[v] = CommunitiesTouched(graph, metrics.Community, v);
            score[v] = (0.40 * (1 - between[v])) + (0.25 * (1 - pagerank[v])) + (0.15 * (1 - degree[v]))
                + (0.20 * Math.Min(bridged[v] - 1, 2) / 2.0);
        }
        return Enumerable.Range(0, n)
            .OrderByDescending(v => score[v]).ThenBy(v => v)
            .Take(top)
            .Select((v, i) => new KeyPlayer(v, graph.IdOf(v), i + 1, score[v],
                Reasons(bridged[v], between[v], metrics.Betweenness[v], pagerank[v], degree[v], metrics.Degree[v], 1.0 / n)))
            .ToArray();
    }

    private static KeyPlayerReason[] Reasons(int bridged, double between, double betweenValue, double pagerank, double degree, int degreeValue, double best)
    {
        var reasons = new List<KeyPlayerReason>();
        if (bridged >= 2)
        {
            reasons.Add(new(KeyPlayerReasonCode.Bridges, Count: bridged));
        }
        if (betweenValue > 0)
        {
            AddTop(reasons, between, best, KeyPlayerReasonCode.HighestBetweenness, KeyPlayerReasonCode.TopBetweenness);
        }
        AddTop(reasons, pagerank, best, KeyPlayerReasonCode.HighestPageRank, KeyPlayerReasonCode.TopPageRank);
        if (degree <= 0.10 && degreeValue > 0)
        {
            reasons.Add(new(KeyPlayerReasonCode.TopDegree, Count: degreeValue, Percent: Percent(degree)));
        }
        if (reasons.Count == 0)
        {
            reasons.Add(new(KeyPlayerReasonCode.CombinedScore));
        }
        return [.. reasons];
    }

    private static void AddTop(List<KeyPlayerReason> reasons, double fraction, double best, KeyPlayerReasonCode highest, KeyPlayerReasonCode top)
    {
        // The best (or tied best) node is said so even in a graph too small for a "top 10%" to mean much.
        if (fraction <= 0.10 || fraction == best)
        {
            reasons.Add(fraction == best ? new(highest) : new(top, Percent: Percent(fraction)));
        }
    }

    private static int Percent(double fraction) => (int)Math.Max(1, Math.Ceiling(fraction * 100));

    /// <summary>Share of nodes ranked at or above each node (ties share the best position): 1/n for the top node.</summary>
    private static double[] TopFraction(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var order = Enumerable.Range(0, n).OrderByDescending(v => values[v]).ToArray();
        var fraction = new double[n];
        for (var i = 0; i < n; i++)
        {
            var first = i > 0 && values[order[i]] == values[order[i - 1]] ? fraction[order[i - 1]] : (i + 1) / (double)n;
            fraction[order[i]] = first;
        }
        return fraction;
    }

    private static int CommunitiesTouched(Graph graph, IReadOnlyList<int> community, int v)
    {
        var seen = new HashSet<int> { community[v] };
        foreach (var w in graph.Neighbours(v))
        {
            seen.Add(community[w]);
        }
        if (graph.IsDirected)
        {
            foreach (var w in graph.InSources.AsSpan(graph.InOffsets[v], graph.InOffsets[v + 1] - graph.InOffsets[v]))
            {
                seen.Add(community[w]);
            }
        }
        return seen.Count;
    }
}
