using System.Globalization;

namespace FocalPoint.Network;

/// <summary>A node ranked as a key player, with the reasons in words.</summary>
/// <param name="Node">Node index.</param>
/// <param name="Id">External id.</param>
/// <param name="Rank">1-based rank.</param>
/// <param name="Score">Combined score in [0, 1].</param>
/// <param name="Reasons">Why, e.g. "bridges 3 communities", "top 1% betweenness".</param>
public sealed record KeyPlayer(int Node, NodeId Id, int Rank, double Score, IReadOnlyList<string> Reasons);

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

    private static string[] Reasons(int bridged, double between, double betweenValue, double pagerank, double degree, int degreeValue, double best)
    {
        var reasons = new List<string>();
        if (bridged >= 2)
        {
            reasons.Add($"bridges {bridged} communities");
        }
        if (betweenValue > 0)
        {
            AddTop(reasons, between, best, "betweenness");
        }
        AddTop(reasons, pagerank, best, "PageRank");
        if (degree <= 0.10 && degreeValue > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{degreeValue} links (top {Percent(degree)} by degree)"));
        }
        if (reasons.Count == 0)
        {
            reasons.Add("ranked on the combined score only");
        }
        return [.. reasons];
    }

    private static void AddTop(List<string> reasons, double fraction, double best, string metric)
    {
        // The best (or tied best) node is said so even in a graph too small for a "top 10%" to mean much.
        if (fraction <= 0.10 || fraction == best)
        {
            reasons.Add(fraction == best ? $"highest {metric}" : $"top {Percent(fraction)} {metric}");
        }
    }

    private static string Percent(double fraction) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Ceiling(fraction * 100)):0}%");

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
