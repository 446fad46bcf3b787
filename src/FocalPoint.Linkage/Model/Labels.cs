using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>
/// Reviewers' accepted pairs as evidence for m: each comparison's level counts among labelled
/// matches, blended with the EM estimate as if EM were worth a fixed number of labelled pairs.
/// Rejected pairs are not used for u: they are hard cases, not a random sample of non-matches.
/// </summary>
internal static class Labels
{
    public static int Apply(double[][] m, PreparedData data, IReadOnlyList<PairLabel> labels, double emWeight)
    {
        if (labels.Count == 0) return 0;
        var index = new Dictionary<string, int>(data.Count, StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++) index[data.Ids[i]] = i;
        var counts = m.Select(x => new double[x.Length]).ToArray();
        var used = 0;
        foreach (var label in labels)
        {
            if (!label.IsMatch || !index.TryGetValue(label.LeftId, out var a) || !index.TryGetValue(label.RightId, out var b)) continue;
            used++;
            for (var k = 0; k < m.Length; k++)
            {
                var level = data.Comparisons[k].Level(a, b);
                if (level >= 0) counts[k][level]++;
            }
        }
        for (var k = 0; k < m.Length; k++)
        {
            var n = counts[k].Sum();
            for (var l = 0; l < m[k].Length; l++)
                m[k][l] = Math.Max((counts[k][l] + emWeight * m[k][l]) / (n + emWeight), 1e-6);
        }
        return used;
    }
}
