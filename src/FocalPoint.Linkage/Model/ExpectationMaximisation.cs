namespace FocalPoint.Linkage.Model;

/// <summary>
/// EM for m with u held fixed, on a histogram of comparison patterns. Comparisons listed as excluded
/// (their column is part of the blocking key, so every candidate agrees on them) are left out of the
/// likelihood, as Splink does when it trains per blocking rule.
/// </summary>
internal static class ExpectationMaximisation
{
    public sealed record Result(double[][] M, double Lambda, double MatchesExpected, int Iterations);

    /// <param name="patterns">Levels per pattern: patterns[p][k], -1 when missing.</param>
    /// <param name="counts">How many pairs show each pattern.</param>
    /// <param name="u">Fixed u per comparison and level.</param>
    /// <param name="excluded">Comparisons left out of the likelihood.</param>
    /// <param name="iterations">Maximum iterations; stops earlier once nothing moves by 1e-6.</param>
    /// <param name="lambda">Starting share of matches among the pairs.</param>
    public static Result Run(int[][] patterns, double[] counts, double[][] u, bool[] excluded, int iterations, double lambda = 0.3)
    {
        var m = u.Select(InitialM).ToArray();
        var total = counts.Sum();
        var it = 0;
        var matches = 0.0;
        for (; it < iterations && total > 0; it++)
        {
            var mCounts = u.Select(x => new double[x.Length]).ToArray();
            matches = 0.0;
            for (var p = 0; p < patterns.Length; p++)
            {
                double logM = Math.Log(lambda), logU = Math.Log(1 - lambda);
                var levels = patterns[p];
                for (var k = 0; k < levels.Length; k++)
                {
                    if (excluded[k] || levels[k] < 0) continue;
                    logM += Math.Log(m[k][levels[k]]);
                    logU += Math.Log(u[k][levels[k]]);
                }
                var posterior = 1.0 / (1.0 + Math.Exp(logU - logM));
                var weight = counts[p] * posterior;
                matches += weight;
                for (var k = 0; k < levels.Length; k++)
                {
                    if (levels[k] >= 0) mCounts[k][levels[k]] += weight;
                }
            }
            var change = Math.Abs(matches / total - lambda);
            lambda = Math.Clamp(matches / total, 1e-9, 1 - 1e-9);
            for (var k = 0; k < m.Length; k++)
            {
                if (excluded[k]) continue;
                var sum = mCounts[k].Sum();
                if (sum <= 0) continue;
                for (var l = 0; l < m[k].Length; l++)
                {
                    var next = Math.Max(mCounts[k][l] / sum, 1e-6);
                    change = Math.Max(change, Math.Abs(next - m[k][l]));
                    m[k][l] = next;
                }
            }
            if (change < 1e-6) { it++; break; }
        }
        return new Result(m, lambda, matches, it);
    }

    // Start from "matches mostly agree exactly": most of the mass on level 0, decreasing after.
    internal static double[] InitialM(double[] u)
    {
        var m = new double[u.Length];
        var rest = 0.1;
        m[0] = u.Length == 1 ? 1.0 : 0.9;
        for (var l = 1; l < u.Length; l++)
        {
            rest /= 2;
            m[l] = l == u.Length - 1 ? 1.0 - m[..^1].Sum() : rest;
        }
        return m;
    }
}
