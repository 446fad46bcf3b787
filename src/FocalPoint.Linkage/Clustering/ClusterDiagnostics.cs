using FocalPoint.Linkage.Data;
using FocalPoint.Linkage.Model;

namespace FocalPoint.Linkage.Clustering;

/// <summary>
/// The largest clusters and the weakest bridges (edges whose removal splits a cluster, found with Tarjan's
/// low-link, iteratively so that a long chain cannot overflow the stack).
/// </summary>
internal static class ClusterDiagnostics
{
    private const int Reported = 10;

    public static ClusterReport Build(PreparedData data, List<Edge> edges, ClusterSet clusters)
    {
        var index = new Dictionary<string, int>(data.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++) index[data.Ids[i]] = i;
        var clusterOf = new int[data.Count];
        var list = clusters.Clusters;
        for (var c = 0; c < list.Count; c++)
        {
            foreach (var id in list[c].MemberIds) clusterOf[index[id]] = c;
        }
        var inside = edges.Where(e => clusterOf[e.A] == clusterOf[e.B]).ToList();
        var pairsIn = new int[list.Count];
        foreach (var e in inside) pairsIn[clusterOf[e.A]]++;
        var largest = Enumerable.Range(0, list.Count).Where(c => list[c].MemberIds.Count > 1)
            .OrderByDescending(c => list[c].MemberIds.Count).ThenBy(c => list[c].Id, StringComparer.Ordinal).Take(Reported)
            .Select(c => Summary(list[c], pairsIn[c], data, index)).ToList();
        var bridges = Bridges(data.Count, inside).Where(e => list[clusterOf[e.A]].MemberIds.Count >= 3)
            .OrderBy(e => e.Weight).ThenBy(e => e.A).Take(Reported)
            .Select(e => new BridgeSummary(list[clusterOf[e.A]].Id, data.Ids[e.A], data.Ids[e.B], e.Weight, list[clusterOf[e.A]].MemberIds.Count))
            .ToList();
        return new ClusterReport(largest, bridges);
    }

    private static ClusterSummary Summary(Cluster c, int pairs, PreparedData data, Dictionary<string, int> index)
    {
        var n = c.MemberIds.Count;
        var sources = c.MemberIds.Select(id => data.Source[index[id]]).Distinct().Count();
        return new ClusterSummary(c.Id, n, pairs, pairs / (n * (n - 1) / 2.0), sources);
    }

    private static List<Edge> Bridges(int nodes, List<Edge> edges)
    {
        var adjacency = new List<(int To, int Edge)>?[nodes];
        for (var e = 0; e < edges.Count; e++)
        {
            (adjacency[edges[e].A] ??= []).Add((edges[e].B, e));
            (adjacency[edges[e].B] ??= []).Add((edges[e].A, e));
        }
        var order = new int[nodes];
        var low = new int[nodes];
        var counter = 0;
        var bridges = new List<Edge>();
        var stack = new Stack<(int Node, int ParentEdge, int Next)>();
        for (var start = 0; start < nodes; start++)
        {
            if (adjacency[start] is null || order[start] != 0) continue;
            order[start] = low[start] = ++counter;
            stack.Push((start, -1, 0));
            while (stack.Count > 0)
            {
                var (node, parentEdge, next) = stack.Pop();
                var neighbours = adjacency[node]!;
                if (next < neighbours.Count)
                {
                    stack.Push((node, parentEdge, next + 1));
                    var (to, edge) = neighbours[next];
                    if (edge == parentEdge) continue;
                    if (order[to] == 0)
                    {
                        order[to] = low[to] = ++counter;
                        stack.Push((to, edge, 0));
                    }
                    else low[node] = Math.Min(low[node], order[to]);
                    continue;
                }
                if (parentEdge < 0) continue;
                var parent = edges[parentEdge].A == node ? edges[parentEdge].B : edges[parentEdge].A;
                low[parent] = Math.Min(low[parent], low[node]);
                if (low[node] > order[parent]) bridges.Add(edges[parentEdge]);
            }
        }
        return bridges;
    }
}
