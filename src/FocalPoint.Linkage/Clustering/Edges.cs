using FocalPoint.Linkage.Data;
using FocalPoint.Linkage.Model;

namespace FocalPoint.Linkage.Clustering;

/// <summary>
/// Joins records: scored edges except those reviewers rejected, plus the pairs they accepted, plus
/// (when linking incrementally) the existing clusters, which stay whole.
/// </summary>
internal static class Edges
{
    public static UnionFind Join(PreparedData data, List<Edge> edges, LinkOptions options, PairMode mode, ClusteringSettings? clustering = null)
    {
        var sets = new UnionFind(data.Count);
        var index = options.Labels.Count > 0 || mode == PairMode.Incremental ? Index(data) : null;
        var rejected = new HashSet<(int, int)>();
        foreach (var label in options.Labels)
        {
            if (!index!.TryGetValue(label.LeftId, out var a) || !index.TryGetValue(label.RightId, out var b)) continue;
            if (label.IsMatch) sets.Union(a, b);
            else rejected.Add((Math.Min(a, b), Math.Max(a, b)));
        }
        if (mode == PairMode.Incremental) KeepExisting(data, options.PreviousClusters!, sets);
        var allowed = rejected.Count == 0 ? edges : edges.Where(e => !rejected.Contains((e.A, e.B)));
        if (clustering is { Constrained: true })
        {
            ConstrainedClustering.Join(data, allowed, clustering, sets);
            return sets;
        }
        foreach (var (a, b, _) in allowed) sets.Union(a, b);
        return sets;
    }

    private static void KeepExisting(PreparedData data, IReadOnlyDictionary<string, string> previous, UnionFind sets)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < data.Count && data.Source[i] == 0; i++)
        {
            if (!previous.TryGetValue(data.Ids[i], out var cluster)) continue;
            if (first.TryGetValue(cluster, out var head)) sets.Union(head, i);
            else first[cluster] = i;
        }
    }

    private static Dictionary<string, int> Index(PreparedData data)
    {
        var index = new Dictionary<string, int>(data.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++) index[data.Ids[i]] = i;
        return index;
    }
}
