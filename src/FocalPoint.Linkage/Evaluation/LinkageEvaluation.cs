namespace FocalPoint.Linkage;

/// <summary>Pairwise precision, recall and F1 of a linkage against the truth.</summary>
/// <param name="TruePositives">Predicted pairs that are true pairs.</param>
/// <param name="FalsePositives">Predicted pairs that are not.</param>
/// <param name="FalseNegatives">True pairs not predicted.</param>
public sealed record EvaluationResult(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when there is nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores clusters or pairs against a ground truth of record id to true entity id.</summary>
public static class LinkageEvaluation
{
    /// <summary>
    /// Compares every pair of records inside predicted clusters with every pair inside true entities,
    /// counted from cluster sizes, so a million records take one pass. Records absent from the truth are ignored.
    /// </summary>
    public static EvaluationResult FromClusters(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> truth)
    {
        var (both, pred, real) = Overlap.Count(predicted, truth);
        var tp = both.Values.Sum(Pairs);
        return new EvaluationResult(tp, pred.Values.Sum(Pairs) - tp, real.Values.Sum(Pairs) - tp);
    }

    /// <summary>Scores predicted pairs (for example those above a threshold) against the truth.</summary>
    public static EvaluationResult FromPairs(IEnumerable<(string Left, string Right)> predicted, IReadOnlyDictionary<string, string> truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        var seen = new HashSet<(string, string)>();
        long tp = 0, fp = 0;
        foreach (var (l, r) in predicted)
        {
            var key = string.CompareOrdinal(l, r) < 0 ? (l, r) : (r, l);
            if (!seen.Add(key) || !truth.TryGetValue(l, out var a) || !truth.TryGetValue(r, out var b)) continue;
            if (a == b) tp++;
            else fp++;
        }
        var real = truth.Values.GroupBy(v => v, StringComparer.Ordinal).Sum(g => Pairs(g.LongCount()));
        return new EvaluationResult(tp, fp, real - tp);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;
}
