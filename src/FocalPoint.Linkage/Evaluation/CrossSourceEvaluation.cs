namespace FocalPoint.Linkage;

/// <summary>
/// Pairwise scores that count only pairs of records from different sources (cross-source linkage), pooled and
/// per source pair, from cluster sizes so that a million records take one pass.
/// </summary>
public static class CrossSourceEvaluation
{
    /// <summary>Pooled precision, recall and F1 over pairs across sources. <paramref name="sourceOf"/> gives a record's source.</summary>
    public static EvaluationResult Pooled(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> truth, Func<string, string> sourceOf)
    {
        var all = PerSourcePair(predicted, truth, sourceOf).Values.ToList();
        return new EvaluationResult(all.Sum(r => r.TruePositives), all.Sum(r => r.FalsePositives), all.Sum(r => r.FalseNegatives));
    }

    /// <summary>Scores per pair of sources ("a|b", names in ordinal order). Records absent from the truth are ignored.</summary>
    public static IReadOnlyDictionary<string, EvaluationResult> PerSourcePair(IReadOnlyDictionary<string, string> predicted,
        IReadOnlyDictionary<string, string> truth, Func<string, string> sourceOf)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(sourceOf);
        var both = new Dictionary<(string, string), Dictionary<string, long>>();
        var pred = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        var real = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var (record, cluster) in predicted)
        {
            if (!truth.TryGetValue(record, out var entity)) continue;
            var source = sourceOf(record);
            Add(both, (cluster, entity), source);
            Add(pred, cluster, source);
            Add(real, entity, source);
        }
        var tp = Cross(both.Values);
        var p = Cross(pred.Values);
        var t = Cross(real.Values);
        var keys = p.Keys.Union(t.Keys).Union(tp.Keys);
        return keys.ToDictionary(k => k, k =>
        {
            var hit = tp.GetValueOrDefault(k);
            return new EvaluationResult(hit, p.GetValueOrDefault(k) - hit, t.GetValueOrDefault(k) - hit);
        }, StringComparer.Ordinal);
    }

    private static void Add<TKey>(Dictionary<TKey, Dictionary<string, long>> map, TKey key, string source) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var counts)) map[key] = counts = new(StringComparer.Ordinal);
        counts[source] = counts.GetValueOrDefault(source) + 1;
    }

    // Pairs across sources in each group, summed per source pair.
    private static Dictionary<string, long> Cross(IEnumerable<Dictionary<string, long>> groups)
    {
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            if (g.Count < 2) continue;
            var sources = g.Keys.Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < sources.Length; i++)
            {
                for (var j = i + 1; j < sources.Length; j++)
                {
                    var key = sources[i] + "|" + sources[j];
                    sums[key] = sums.GetValueOrDefault(key) + g[sources[i]] * g[sources[j]];
                }
            }
        }
        return sums;
    }
}
