using FocalPoint.Linkage.Data;
using FocalPoint.Linkage.Model;

namespace FocalPoint.Linkage.Clustering;

/// <summary>
/// Clusters that do not chain: matched pairs are taken strongest first, and two clusters join only when the result
/// keeps the limits: no larger than maxClusterSize, at most one record per source (onePerSource), and, for
/// "no-chaining", when at least minSupport of the record pairs across the two are matched pairs. A chain
/// a-b-c-d of single links therefore stays in pieces, and one strong pair cannot pull two families together.
/// </summary>
internal sealed class ConstrainedClustering
{
    private readonly ClusteringSettings _settings;
    private readonly UnionFind _sets;
    private readonly int[] _size;
    private readonly Dictionary<int, HashSet<byte>> _sources = [];
    private readonly Dictionary<int, Dictionary<int, int>> _links = [];
    private readonly byte[] _source;

    private ConstrainedClustering(PreparedData data, ClusteringSettings settings, UnionFind sets)
    {
        _settings = settings;
        _sets = sets;
        _source = data.Source;
        _size = new int[data.Count];
        Array.Fill(_size, 1);
    }

    // sets already holds the forced joins (accepted labels, existing clusters); sizes and sources are recounted.
    public static void Join(PreparedData data, IEnumerable<Edge> edges, ClusteringSettings settings, UnionFind sets)
    {
        var c = new ConstrainedClustering(data, settings, sets);
        for (var i = 0; i < data.Count; i++)
        {
            var root = sets.Find(i);
            if (root == i) continue;
            c._size[root]++;
            c.Sources(root).Add(data.Source[i]);
        }
        var ordered = edges.ToArray();
        // Strongest first; ties in record order, so the same input always gives the same clusters.
        Array.Sort(ordered, (x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        foreach (var e in ordered) c.Offer(e.A, e.B);
    }

    private void Offer(int a, int b)
    {
        var ra = _sets.Find(a);
        var rb = _sets.Find(b);
        if (ra == rb) return;
        var support = AddLink(ra, rb);
        if (_settings.MaxClusterSize > 0 && _size[ra] + _size[rb] > _settings.MaxClusterSize) return;
        if (_settings.OnePerSource && Sources(ra).Overlaps(Sources(rb))) return;
        if (_settings.Method == "no-chaining" && support < _settings.MinSupport * _size[ra] * _size[rb]) return;
        Merge(ra, rb);
    }

    private int AddLink(int ra, int rb)
    {
        var n = Links(ra).GetValueOrDefault(rb) + 1;
        Links(ra)[rb] = n;
        Links(rb)[ra] = n;
        return n;
    }

    private void Merge(int ra, int rb)
    {
        _sets.Union(ra, rb);
        var root = _sets.Find(ra);
        var gone = root == ra ? rb : ra;
        _size[root] = _size[ra] + _size[rb];
        if (_sources.Remove(gone, out var goneSources)) Sources(root).UnionWith(goneSources);
        var into = Links(root);
        into.Remove(gone);
        if (!_links.Remove(gone, out var goneLinks)) return;
        foreach (var (other, count) in goneLinks)
        {
            if (other == root) continue;
            var total = into.GetValueOrDefault(other) + count;
            into[other] = total;
            var back = Links(other);
            back.Remove(gone);
            back[root] = total;
        }
    }

    private HashSet<byte> Sources(int root)
    {
        if (!_sources.TryGetValue(root, out var set))
        {
            // A cluster's sources are its members' sources; roots not yet seen are single records.
            _sources[root] = set = [_source[root]];
        }
        return set;
    }

    private Dictionary<int, int> Links(int root)
    {
        if (!_links.TryGetValue(root, out var map)) _links[root] = map = [];
        return map;
    }
}
