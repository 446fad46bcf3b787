using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>
/// Finds comparisons that agree together among random pairs far more often than chance: a postcode agreement
/// nearly always comes with a town agreement. Fellegi-Sunter assumes fields independent given the match status;
/// such a pair counts its evidence twice, and EM then explains matches by the place alone. The pair is combined
/// into one comparison (settings dependentFields "combine") or only reported ("warn").
/// </summary>
internal static class DependentFields
{
    private const double MinLift = 4;
    private const double MinConditional = 0.8;
    private const double MinJointCount = 20;

    public static List<DependenceReport> Detect(Dictionary<int, double> sample, PatternCodec codec, PreparedComparison[] comparisons)
    {
        var k = comparisons.Length;
        var levels = sample.Select(p => (Levels: Enumerable.Range(0, k).Select(c => codec.Level(p.Key, c)).ToArray(), Count: p.Value)).ToList();
        var found = new List<DependenceReport>();
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                // Only pairs that agree on nothing else: in a small file with many duplicates, random pairs include true
                // matches, which agree on everything and would make any two fields look dependent.
                double n = 0, ai = 0, aj = 0, both = 0;
                foreach (var (l, count) in levels)
                {
                    if (l[i] < 0 || l[j] < 0 || OtherAgrees(l, i, j)) continue;
                    n += count;
                    if (l[i] == 0) ai += count;
                    if (l[j] == 0) aj += count;
                    if (l[i] == 0 && l[j] == 0) both += count;
                }
                if (both < MinJointCount) continue;
                var lift = both * n / (ai * aj);
                var conditional = both / Math.Min(ai, aj);
                if (lift >= MinLift && conditional >= MinConditional)
                    found.Add(new DependenceReport(comparisons[i].Name, comparisons[j].Name, lift, conditional, false));
            }
        }
        // Strongest first; a comparison joins at most one combination.
        return [.. found.OrderByDescending(d => d.Lift)];
    }

    private static bool OtherAgrees(int[] levels, int i, int j)
    {
        for (var c = 0; c < levels.Length; c++)
        {
            if (c != i && c != j && levels[c] == 0) return true;
        }
        return false;
    }

    /// <summary>Combines each reported pair (a comparison at most once) and remaps the compared pairs and the sample.</summary>
    public static (PreparedData, PatternCodec, Dictionary<int, double>, List<DependenceReport>) Combine(PreparedData data, PatternCodec codec,
        PairStore pairs, Dictionary<int, double> sample, List<DependenceReport> found, IReadOnlyList<(string, string)>? only = null)
    {
        var names = data.Comparisons.Select(c => c.Name).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<(int A, int B)>();
        var reports = new List<DependenceReport>();
        var wanted = only ?? found.Select(d => (d.First, d.Second)).ToList();
        foreach (var (first, second) in wanted)
        {
            if (used.Contains(first) || used.Contains(second)) continue;
            used.Add(first);
            used.Add(second);
            groups.Add((names.IndexOf(first), names.IndexOf(second)));
        }
        foreach (var d in found) reports.Add(d with { Combined = used.Contains(d.First) && used.Contains(d.Second) && groups.Contains((names.IndexOf(d.First), names.IndexOf(d.Second))) });
        if (groups.Count == 0) return (data, codec, sample, reports);
        var partOf = new int[names.Count];
        Array.Fill(partOf, -1);
        var next = new List<PreparedComparison>();
        var sourceOf = new List<int[]>();
        for (var k = 0; k < names.Count; k++)
        {
            var g = groups.FindIndex(x => x.A == k || x.B == k);
            if (g < 0) { next.Add(data.Comparisons[k]); sourceOf.Add([k]); continue; }
            if (groups[g].A != k) continue;
            next.Add(PreparedComparison.Combine(data.Comparisons[groups[g].A], data.Comparisons[groups[g].B]));
            sourceOf.Add([groups[g].A, groups[g].B]);
        }
        var combined = data.WithComparisons([.. next]);
        var newCodec = new PatternCodec(combined.Comparisons);
        var cache = new Dictionary<int, int>();
        int Remap(int pattern)
        {
            if (cache.TryGetValue(pattern, out var mapped)) return mapped;
            Span<int> levels = stackalloc int[next.Count];
            for (var k = 0; k < next.Count; k++)
            {
                var src = sourceOf[k];
                levels[k] = src.Length == 1 ? codec.Level(pattern, src[0]) : next[k].Joint(codec.Level(pattern, src[0]), codec.Level(pattern, src[1]));
            }
            return cache[pattern] = newCodec.Encode(levels);
        }
        foreach (var chunk in pairs.Chunks)
        {
            for (var i = 0; i < chunk.Count; i++) chunk.Pattern[i] = Remap(chunk.Pattern[i]);
        }
        var remapped = new Dictionary<int, double>();
        foreach (var (pattern, count) in sample)
        {
            var p = Remap(pattern);
            remapped[p] = remapped.GetValueOrDefault(p) + count;
        }
        return (combined, newCodec, remapped, reports);
    }
}
