namespace FocalPoint.Application.Indicators.Statistics;

/// <summary>
/// Whether a count changed between two equal periods (a month and the month before) beyond chance. The stated test:
/// incidents arrive as Poisson counts; given the total n = a + b, the later count is Binomial(n, 1/2) when the rate did
/// not change, so the two-sided exact binomial p-value is the probability of a split at least as uneven.
/// Months of 28 to 31 days are treated as equal; the error is small against the counts' own noise.
/// </summary>
public static class CountChange
{
    public const double Level = 0.05;

    /// <summary>Two-sided exact p-value of seeing <paramref name="current"/> after <paramref name="previous"/> if the rate is unchanged.</summary>
    public static double PValue(int previous, int current)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(previous);
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        var n = previous + current;
        if (n == 0)
        {
            return 1;
        }

        var observed = Probability(n, current);
        var p = 0.0;
        for (var k = 0; k <= n; k++)
        {
            var pk = Probability(n, k);
            if (pk <= observed * (1 + 1e-9))
            {
                p += pk;
            }
        }

        return Math.Min(1, p);
    }

    public static bool Significant(int previous, int current) => PValue(previous, current) < Level;

    /// <summary>P(K = k) for K ~ Binomial(n, 1/2), through logarithms so large months do not overflow.</summary>
    private static double Probability(int n, int k) => Math.Exp(LogChoose(n, k) - (n * Math.Log(2)));

    private static double LogChoose(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }

        return sum;
    }
}
