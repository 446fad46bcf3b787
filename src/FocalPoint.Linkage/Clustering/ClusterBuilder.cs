namespace FocalPoint.Linkage.Clustering;

/// <summary>
/// Connected components over accepted edges, then stable ids: a previous id goes to the new cluster
/// holding most of its old members (ties to the smaller id), each previous id to one cluster only;
/// clusters left without one are named after their smallest record id. Re-running on the same input
/// gives the same ids, with or without the previous assignment.
/// </summary>
internal static class ClusterBuilder
{
    public static ClusterSet Build(string[] ids, UnionFind sets, IReadOnlyDictionary<string, string>? previous)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < ids.Length; i++)
        {
            var root = sets.Find(i);
            if (!groups.TryGetValue(root, out var list)) groups[root] = list = [];
            list.Add(i);
        }
        var members = groups.Values.Select(g => g.Select(i => ids[i]).Order(StringComparer.Ordinal).ToArray()).ToList();
        var names = new string?[members.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (previous is { Count: > 0 }) Inherit(members, previous, names, used);
        for (var g = 0; g < members.Count; g++)
        {
            if (names[g] is not null) continue;
            var name = members[g][0];
            for (var n = 2; used.Contains(name); n++) name = $"{members[g][0]}~{n}";
            names[g] = name;
            used.Add(name);
        }
        var clusterOf = new Dictionary<string, string>(ids.Length, StringComparer.Ordinal);
        var clusters = new List<Cluster>(members.Count);
        for (var g = 0; g < members.Count; g++)
        {
            clusters.Add(new Cluster(names[g]!, members[g]));
            foreach (var id in members[g]) clusterOf[id] = names[g]!;
        }
        clusters.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return new ClusterSet(clusters, clusterOf);
    }

    private static void Inherit(List<string[]> members, IReadOnlyDictionary<string, string> previous, string?[] names, HashSet<string> used)
    {
        var claims = new List<(int Group, string Id, int Count)>();
        for (var g = 0; g < members.Count; g++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in members[g])
            {
                if (previous.TryGetValue(id, out var old)) counts[old] = counts.GetValueOrDefault(old) + 1;
            }
            claims.AddRange(counts.Select(c => (g, c.Key, c.Value)));
        }
        claims.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count)
            : string.CompareOrdinal(x.Id, y.Id) is var c && c != 0 ? c
            : string.CompareOrdinal(members[x.Group][0], members[y.Group][0]));
        foreach (var (group, id, _) in claims)
        {
            if (names[group] is not null || used.Contains(id)) continue;
            names[group] = id;
            used.Add(id);
        }
    }
}
