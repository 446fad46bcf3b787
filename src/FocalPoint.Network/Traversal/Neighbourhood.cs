namespace FocalPoint.Network;

/// <summary>Expands the neighbourhood of one or more nodes, hop by hop, the way a link chart grows.</summary>
public static class Neighbourhood
{
    /// <summary>
    /// Nodes within <paramref name="hops"/> links of the seeds, through allowed nodes and links only
    /// (directed graphs are walked both ways: an analyst wants who is connected, not who points where).
    /// When more than <paramref name="maxNodes"/> would be returned, the nearest ones are kept, and
    /// <see cref="NeighbourhoodResult.TotalCount"/> says how many the full expansion holds so a UI can ask to confirm.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A seed is not a node index, or hops/maxNodes is negative.</exception>
    public static NeighbourhoodResult Expand(Graph graph, IReadOnlyList<int> seeds, int hops, GraphFilter? filter = null, int maxNodes = 5000)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfNegative(hops);
        ArgumentOutOfRangeException.ThrowIfNegative(maxNodes);
        var f = (filter ?? GraphFilter.None).Compile(graph);
        var hop = new Dictionary<int, int>();
        var order = new List<int>();
        foreach (var s in seeds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(s);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(s, graph.NodeCount);
            // A seed the reader may not see is dropped, not expanded: its neighbours would tell what it is.
            if (f.Sees(s) && hop.TryAdd(s, 0))
            {
                order.Add(s);
            }
        }
        // The whole expansion is counted (linear work, no hang) even when only maxNodes are returned.
        for (var head = 0; head < order.Count; head++)
        {
            var v = order[head];
            var next = hop[v] + 1;
            if (next > hops)
            {
                continue;
            }
            Visit(graph.Offsets, graph.Targets, graph.SlotLinks, v, next, f, hop, order);
            if (graph.IsDirected)
            {
                Visit(graph.InOffsets, graph.InSources, graph.InSlotLinks, v, next, f, hop, order);
            }
        }
        var kept = order.Count <= maxNodes ? order : order.GetRange(0, maxNodes);
        var keptSet = new HashSet<int>(kept);
        var links = new List<int>();
        foreach (var v in kept)
        {
            var row = graph.IncidentLinks(v);
            var nbrs = graph.Neighbours(v);
            for (var i = 0; i < row.Length; i++)
            {
                // Each link is reported once: from its lower endpoint (or the self-loop's first slot).
                var l = row[i];
                if (keptSet.Contains(nbrs[i]) && f.AllowsLink(l) && (graph.LinkSources[l] == v) && (i == 0 || row[i - 1] != l))
                {
                    links.Add(l);
                }
            }
        }
        return new NeighbourhoodResult(kept.ToArray(), kept.Select(v => hop[v]).ToArray(), links.ToArray(), order.Count, order.Count > maxNodes);
    }

    private static void Visit(int[] offsets, int[] targets, int[] slots, int v, int next, CompiledFilter f, Dictionary<int, int> hop, List<int> order)
    {
        for (var p = offsets[v]; p < offsets[v + 1]; p++)
        {
            var w = targets[p];
            if (!hop.ContainsKey(w) && f.AllowsLink(slots[p]) && f.AllowsNode(w))
            {
                hop.Add(w, next);
                order.Add(w);
            }
        }
    }
}

/// <summary>Result of <see cref="Neighbourhood.Expand"/>.</summary>
/// <param name="Nodes">Node indices, nearest first (seeds first).</param>
/// <param name="Hops">Hop distance of each node in <paramref name="Nodes"/>.</param>
/// <param name="Links">Allowed links between returned nodes.</param>
/// <param name="TotalCount">How many nodes the expansion reaches without the cap.</param>
/// <param name="Truncated">True when the cap cut the result.</param>
public sealed record NeighbourhoodResult(IReadOnlyList<int> Nodes, IReadOnlyList<int> Hops, IReadOnlyList<int> Links, int TotalCount, bool Truncated);
