namespace FocalPoint.Network;

/// <summary>Community detection (Louvain) and modularity.</summary>
public static class Communities
{
    /// <summary>
    /// Louvain: local moving, then aggregation of communities into nodes, repeated until no node moves.
    /// Nodes are visited in index order so the result is reproducible. Links are taken as undirected.
    /// With <paramref name="splitDisconnected"/> each community that Louvain left in pieces (a known
    /// Louvain flaw that Leiden's refinement fixes) is split into its connected parts; that can only
    /// raise modularity, since no link is lost from inside a community. Full Leiden refinement is not implemented.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="resolution">Resolution γ; above 1 favours smaller communities.</param>
    /// <param name="weighted">Use link weights (otherwise every link weighs 1).</param>
    /// <param name="splitDisconnected">Split communities that are not connected.</param>
    public static CommunityResult Detect(Graph graph, double resolution = 1.0, bool weighted = false, bool splitDisconnected = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution);
        var membership = Enumerable.Range(0, graph.NodeCount).ToArray();
        var level = LevelGraph.From(graph, weighted);
        while (true)
        {
            var (labels, count, moved) = Louvain.MoveNodes(level, resolution);
            if (!moved)
            {
                break;
            }
            for (var v = 0; v < membership.Length; v++)
            {
                membership[v] = labels[membership[v]];
            }
            level = level.Aggregate(labels, count);
        }
        if (splitDisconnected)
        {
            SplitDisconnected(graph, membership);
        }
        var total = Louvain.Relabel(membership);
        return new CommunityResult(membership, total, Modularity(graph, membership, resolution, weighted));
    }

    /// <summary>
    /// Newman's modularity of a partition, as igraph computes it for an undirected graph:
    /// Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ], where a self-loop of weight w adds 2w to its node's degree.
    /// </summary>
    public static double Modularity(Graph graph, IReadOnlyList<int> membership, double resolution = 1.0, bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(membership);
        var count = membership.Count == 0 ? 0 : membership.Max() + 1;
        var inside = new double[count];
        var total = new double[count];
        double m2 = 0;
        for (var l = 0; l < graph.LinkCount; l++)
        {
            var w = weighted ? graph.LinkWeights[l] : 1.0;
            var a = membership[graph.LinkSources[l]];
            var b = membership[graph.LinkTargets[l]];
            total[a] += w;
            total[b] += w;
            m2 += 2 * w;
            if (a == b)
            {
                inside[a] += 2 * w;
            }
        }
        if (m2 <= 0)
        {
            return 0;
        }
        double q = 0;
        for (var c = 0; c < count; c++)
        {
            q += (inside[c] / m2) - (resolution * (total[c] / m2) * (total[c] / m2));
        }
        return q;
    }

    private static void SplitDisconnected(Graph graph, int[] membership)
    {
        var parent = Enumerable.Range(0, graph.NodeCount).ToArray();
        int Root(int v)
        {
            while (parent[v] != v)
            {
                parent[v] = parent[parent[v]];
                v = parent[v];
            }
            return v;
        }
        for (var l = 0; l < graph.LinkCount; l++)
        {
            var s = graph.LinkSources[l];
            var t = graph.LinkTargets[l];
            if (membership[s] == membership[t])
            {
                parent[Root(s)] = Root(t);
            }
        }
        for (var v = 0; v < membership.Length; v++)
        {
            membership[v] = Root(v);
        }
    }
}

/// <summary>Result of <see cref="Communities.Detect"/>.</summary>
/// <param name="Membership">Community number of each node, 0..Count-1, numbered by first node.</param>
/// <param name="Count">Number of communities.</param>
/// <param name="Modularity">Modularity of the partition.</param>
public sealed record CommunityResult(IReadOnlyList<int> Membership, int Count, double Modularity);
