using FocalPoint.Linkage.Clustering;

namespace FocalPoint.Linkage;

/// <summary>B-cubed precision and recall: per record, the share of its cluster that is its entity and vice versa, averaged.</summary>
/// <param name="Precision">Mean over records of |cluster ∩ entity| / |cluster|.</param>
/// <param name="Recall">Mean over records of |cluster ∩ entity| / |entity|.</param>
public sealed record BCubedResult(double Precision, double Recall)
{
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores at one threshold: the pairs at or above it, and the clusters they form.</summary>
/// <param name="Threshold">The probability threshold.</param>
/// <param name="Pairs">Pairwise scores of the pairs at or above the threshold.</param>
/// <param name="Clusters">Pairwise scores of the connected components those pairs form.</param>
/// <param name="BCubed">B-cubed scores of those components.</param>
public sealed record ThresholdResult(double Threshold, EvaluationResult Pairs, EvaluationResult Clusters, BCubedResult BCubed);

/// <summary>Precision, recall and F1 across thresholds, from a scored pair list and the truth.</summary>
public static class ThresholdSweep
{
    /// <summary>
    /// For each threshold: pairwise scores of the pairs at or above it, and pairwise and B-cubed scores of the clusters
    /// (connected components) they form. With <paramref name="sourceOf"/>, only pairs across sources count (cross-source mode).
    /// </summary>
    public static IReadOnlyList<ThresholdResult> Run(IReadOnlyList<(string Left, string Right, double Probability)> pairs,
        IReadOnlyDictionary<string, string> truth, IEnumerable<double> thresholds, Func<string, string>? sourceOf = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(truth);
        var results = new List<ThresholdResult>();
        foreach (var t in thresholds.Order())
        {
            var kept = pairs.Where(p => p.Probability >= t && (sourceOf is null || sourceOf(p.Left) != sourceOf(p.Right))).ToList();
            var pairwise = LinkageEvaluation.FromPairs(kept.Select(p => (p.Left, p.Right)), truth);
            if (sourceOf is not null)
            {
                var crossTruth = CrossSourceEvaluation.Pooled(truth, truth, sourceOf).TruePositives;
                pairwise = pairwise with { FalseNegatives = crossTruth - pairwise.TruePositives };
            }
            var clusters = Components(kept, truth.Keys);
            var clusterScore = sourceOf is null ? LinkageEvaluation.FromClusters(clusters, truth) : CrossSourceEvaluation.Pooled(clusters, truth, sourceOf);
            results.Add(new ThresholdResult(t, pairwise, clusterScore, BCubed(clusters, truth)));
        }
        return results;
    }

    /// <summary>B-cubed precision and recall of clusters against the truth, over records in both.</summary>
    public static BCubedResult BCubed(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> truth)
    {
        var (both, pred, real) = Overlap.Count(predicted, truth);
        double n = pred.Values.Sum(), precision = 0, recall = 0;
        foreach (var ((cluster, entity), count) in both)
        {
            // Each of the `count` records in cluster ∩ entity scores count/|cluster| and count/|entity|.
            precision += (double)count * count / pred[cluster];
            recall += (double)count * count / real[entity];
        }
        return n == 0 ? new BCubedResult(1, 1) : new BCubedResult(precision / n, recall / n);
    }

    private static Dictionary<string, string> Components(List<(string Left, string Right, double Probability)> pairs, IEnumerable<string> records)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        int Of(string id)
        {
            if (index.TryGetValue(id, out var i)) return i;
            index[id] = ids.Count;
            ids.Add(id);
            return ids.Count - 1;
        }
        foreach (var r in records) Of(r);
        foreach (var (l, r, _) in pairs) { Of(l); Of(r); }
        var sets = new UnionFind(ids.Count);
        foreach (var (l, r, _) in pairs) sets.Union(index[l], index[r]);
        return ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => ids[sets.Find(x.i)], StringComparer.Ordinal);
    }
}
