namespace FocalPoint.Linkage.Model;

/// <summary>
/// EM for m with u held fixed, on a histogram of comparison patterns. Comparisons listed as excluded (their column
/// is part of the blocking key, so every candidate agrees on them) are left out of the likelihood, as Splink does
/// when it trains per blocking rule. Guards against degenerate solutions: several starts, the best likelihood kept;
/// m bounded away from 0 and 1; an exact agreement never made evidence against a match (m ≥ u on level 0).
/// </summary>
internal static class ExpectationMaximisation
{
    private const double Floor = 1e-6;

    public sealed record Result(double[][] M, double Lambda, double MatchesExpected, int Iterations, double LogLikelihood, int Start);

    // Starting match shares and how much m leans on exact agreement: from "many matches, all exact" to "few, noisy".
    private static readonly (double Lambda, double Exact)[] Starts = [(0.3, 0.9), (0.05, 0.7), (0.6, 0.95)];

    /// <param name="patterns">Levels per pattern: patterns[p][k], -1 when missing.</param>
    /// <param name="counts">How many pairs show each pattern.</param>
    /// <param name="u">Fixed u per comparison and level.</param>
    /// <param name="excluded">Comparisons left out of the likelihood.</param>
    /// <param name="iterations">Maximum iterations per start; stops earlier once nothing moves by 1e-6.</param>
    public static Result Run(int[][] patterns, double[] counts, double[][] u, bool[] excluded, int iterations)
    {
        Result? best = null;
        for (var s = 0; s < Starts.Length; s++)
        {
            var r = RunFrom(patterns, counts, u, excluded, iterations, Starts[s].Lambda, u.Select((x, k) => InitialM(x, excluded[k] ? 0.9 : Starts[s].Exact)).ToArray(), s);
            if (best is null || r.LogLikelihood > best.LogLikelihood + 1e-9) best = r;
        }
        return best!;
    }

    private static Result RunFrom(int[][] patterns, double[] counts, double[][] u, bool[] excluded, int iterations, double lambda, double[][] m, int start)
    {
        var total = counts.Sum();
        var it = 0;
        var matches = 0.0;
        for (; it < iterations && total > 0; it++)
        {
            var mCounts = u.Select(x => new double[x.Length]).ToArray();
            matches = 0.0;
            for (var p = 0; p < patterns.Length; p++)
            {
                var (logM, logU) = Logs(patterns[p], m, u, excluded, lambda);
                var weight = counts[p] / (1.0 + Math.Exp(logU - logM));
                matches += weight;
                var levels = patterns[p];
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
                var next = Bound(mCounts[k].Select(c => c / sum).ToArray(), u[k]);
                for (var l = 0; l < next.Length; l++) change = Math.Max(change, Math.Abs(next[l] - m[k][l]));
                m[k] = next;
            }
            if (change < 1e-6) { it++; break; }
        }
        return new Result(m, lambda, matches, it, LogLikelihood(patterns, counts, m, u, excluded, lambda), start);
    }

    private static (double LogM, double LogU) Logs(int[] levels, double[][] m, double[][] u, bool[] excluded, double lambda)
    {
        double logM = Math.Log(lambda), logU = Math.Log(1 - lambda);
        for (var k = 0; k < levels.Length; k++)
        {
            if (excluded[k] || levels[k] < 0) continue;
            logM += Math.Log(m[k][levels[k]]);
            logU += Math.Log(u[k][levels[k]]);
        }
        return (logM, logU);
    }

    private static double LogLikelihood(int[][] patterns, double[] counts, double[][] m, double[][] u, bool[] excluded, double lambda)
    {
        var ll = 0.0;
        for (var p = 0; p < patterns.Length; p++)
        {
            var (logM, logU) = Logs(patterns[p], m, u, excluded, lambda);
            var max = Math.Max(logM, logU);
            ll += counts[p] * (max + Math.Log(Math.Exp(logM - max) + Math.Exp(logU - max)));
        }
        return ll;
    }

    // m kept within [1e-6, 1 - 1e-6], and exact agreement at least as likely among matches as among non-matches.
    private static double[] Bound(double[] m, double[] u)
    {
        if (m.Length > 1 && m[0] < u[0])
        {
            var rest = 1 - m[0];
            var scale = rest > 0 ? (1 - u[0]) / rest : 0;
            for (var l = 1; l < m.Length; l++) m[l] *= scale;
            m[0] = u[0];
        }
        for (var l = 0; l < m.Length; l++) m[l] = Math.Clamp(m[l], Floor, 1 - Floor);
        var sum = m.Sum();
        for (var l = 0; l < m.Length; l++) m[l] /= sum;
        return m;
    }

    // Most of the mass on level 0, halving after.
    internal static double[] InitialM(double[] u) => InitialM(u, 0.9);

    private static double[] InitialM(double[] u, double exact)
    {
        var m = new double[u.Length];
        var rest = 1 - exact;
        m[0] = u.Length == 1 ? 1.0 : exact;
        for (var l = 1; l < u.Length; l++)
        {
            rest /= 2;
            m[l] = l == u.Length - 1 ? 1.0 - m[..^1].Sum() : rest;
        }
        return m;
    }
}
