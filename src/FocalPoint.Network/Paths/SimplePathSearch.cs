namespace FocalPoint.Network;

/// <summary>
/// Depth-first enumeration of simple paths, pruned by the hop distance to the target (computed once
/// backwards) so branches that cannot reach the target within the remaining length are never walked.
/// </summary>
internal sealed class SimplePathSearch
{
    private readonly Graph graph;
    private readonly CompiledFilter filter;
    private readonly int from;
    private readonly int to;
    private readonly int maxLength;
    private readonly int maxPaths;
    private readonly int[] toTarget;
    private readonly bool[] onPath;
    private readonly List<int> nodes = [];
    private readonly List<int> links = [];
    private readonly List<GraphPath> found = [];
    private bool truncated;

    public SimplePathSearch(Graph graph, CompiledFilter filter, int from, int to, int maxLength, int maxPaths)
    {
        (this.graph, this.filter, this.from, this.to, this.maxLength, this.maxPaths) = (graph, filter, from, to, maxLength, maxPaths);
        toTarget = DistancesToTarget();
        onPath = new bool[graph.NodeCount];
    }

    public SimplePathsResult Run()
    {
        if (!filter.Sees(from) || !filter.Sees(to))
        {
            return new SimplePathsResult([], false);
        }
        if (from != to)
        {
            nodes.Add(from);
            onPath[from] = true;
            Walk(from);
        }
        else
        {
            found.Add(new GraphPath([from], [], 0));
        }
        var ordered = found.OrderBy(p => p.Length).ToList();
        return new SimplePathsResult(ordered, truncated);
    }

    private void Walk(int v)
    {
        // Remembers which neighbours this step already took, so parallel links do not repeat a node sequence.
        var tried = new HashSet<int>();
        for (var p = graph.Offsets[v]; p < graph.Offsets[v + 1] && !truncated; p++)
        {
            var w = graph.Targets[p];
            var l = graph.SlotLinks[p];
            if (onPath[w] || toTarget[w] < 0 || links.Count + 1 + toTarget[w] > maxLength || !filter.AllowsLink(l) || !tried.Add(w))
            {
                continue;
            }
            nodes.Add(w);
            links.Add(l);
            if (w == to)
            {
                found.Add(new GraphPath(nodes.ToArray(), links.ToArray(), links.Count));
                truncated = found.Count >= maxPaths;
            }
            else if (filter.AllowsNode(w))
            {
                onPath[w] = true;
                Walk(w);
                onPath[w] = false;
            }
            nodes.RemoveAt(nodes.Count - 1);
            links.RemoveAt(links.Count - 1);
        }
    }

    private int[] DistancesToTarget()
    {
        var dist = new int[graph.NodeCount];
        Array.Fill(dist, -1);
        var queue = new Queue<int>();
        dist[to] = 0;
        queue.Enqueue(to);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (dist[v] >= maxLength)
            {
                continue;
            }
            // Backwards over in-links, so directed graphs prune correctly too.
            for (var p = graph.InOffsets[v]; p < graph.InOffsets[v + 1]; p++)
            {
                var w = graph.InSources[p];
                if (dist[w] < 0 && filter.AllowsLink(graph.InSlotLinks[p]))
                {
                    dist[w] = dist[v] + 1;
                    queue.Enqueue(w);
                }
            }
        }
        return dist;
    }
}
