namespace FocalPoint.Network;

/// <summary>Paths between two nodes: fewest hops, most confident, and all simple paths up to a length.</summary>
public static class Paths
{
    /// <summary>A path with the fewest links (breadth-first search), or null when none exists.</summary>
    public static GraphPath? Shortest(Graph graph, int from, int to, GraphFilter? filter = null)
    {
        Check(graph, from, to);
        var f = (filter ?? GraphFilter.None).Compile(graph);
        if (!f.Sees(from) || !f.Sees(to))
        {
            return null;
        }
        var n = graph.NodeCount;
        var parent = new int[n];
        var parentLink = new int[n];
        var dist = new int[n];
        Array.Fill(dist, -1);
        var queue = new int[n];
        int head = 0, tail = 0;
        queue[tail++] = from;
        dist[from] = 0;
        while (head < tail && dist[to] < 0)
        {
            var v = queue[head++];
            for (var p = graph.Offsets[v]; p < graph.Offsets[v + 1]; p++)
            {
                var w = graph.Targets[p];
                if (dist[w] < 0 && f.AllowsLink(graph.SlotLinks[p]) && (w == to || f.AllowsNode(w)))
                {
                    dist[w] = dist[v] + 1;
                    parent[w] = v;
                    parentLink[w] = graph.SlotLinks[p];
                    queue[tail++] = w;
                }
            }
        }
        return dist[to] < 0 ? null : GraphPath.Trace(from, to, parent, parentLink, dist[to]);
    }

    /// <summary>
    /// The most confident path: Dijkstra with link cost -ln(confidence), where confidence is the link
    /// weight capped at 1. We chose -ln over 1/confidence because the summed cost is then exactly
    /// -ln of the product of confidences, so the winner is the chain most likely to hold as a whole
    /// (and <see cref="GraphPath.Confidence"/> reports that product). Links of weight 0 are never used.
    /// </summary>
    public static GraphPath? MostConfident(Graph graph, int from, int to, GraphFilter? filter = null)
    {
        Check(graph, from, to);
        var f = (filter ?? GraphFilter.None).Compile(graph);
        if (!f.Sees(from) || !f.Sees(to))
        {
            return null;
        }
        var n = graph.NodeCount;
        var cost = new double[n];
        Array.Fill(cost, double.PositiveInfinity);
        var done = new bool[n];
        var parent = new int[n];
        var parentLink = new int[n];
        var heap = new PriorityQueue<int, double>();
        cost[from] = 0;
        heap.Enqueue(from, 0);
        while (heap.TryDequeue(out var v, out var c))
        {
            if (done[v])
            {
                continue;
            }
            done[v] = true;
            if (v == to)
            {
                return GraphPath.Trace(from, to, parent, parentLink, c);
            }
            for (var p = graph.Offsets[v]; p < graph.Offsets[v + 1]; p++)
            {
                var w = graph.Targets[p];
                var l = graph.SlotLinks[p];
                var weight = graph.LinkWeights[l];
                if (done[w] || weight <= 0 || !f.AllowsLink(l) || (w != to && !f.AllowsNode(w)))
                {
                    continue;
                }
                var next = c - Math.Log(Math.Min(weight, 1.0));
                if (next < cost[w])
                {
                    cost[w] = next;
                    parent[w] = v;
                    parentLink[w] = l;
                    heap.Enqueue(w, next);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Every simple path (no repeated node) of at most <paramref name="maxLength"/> links, shortest first.
    /// Parallel links give one path per node sequence. Stops after <paramref name="maxPaths"/> paths and says so.
    /// </summary>
    public static SimplePathsResult AllSimple(Graph graph, int from, int to, int maxLength, int maxPaths = 1000, GraphFilter? filter = null)
    {
        Check(graph, from, to);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPaths);
        return new SimplePathSearch(graph, (filter ?? GraphFilter.None).Compile(graph), from, to, maxLength, maxPaths).Run();
    }

    internal static void Check(Graph graph, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfNegative(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(from, graph.NodeCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, graph.NodeCount);
    }
}
