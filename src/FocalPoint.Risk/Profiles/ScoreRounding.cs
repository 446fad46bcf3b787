namespace FocalPoint.Risk.Profiles;

/// <summary>
/// Scores are sums of decimal weights, which floating point holds only approximately, and the same weights added in
/// another order can differ in the last bit (0.1 + 0.2 + 0.3 is not 0.1 + (0.2 + 0.3)). Wherever a score is compared
/// with a threshold before the exact, explained sum is known, the comparison allows this much.
/// </summary>
internal static class ScoreRounding
{
    public const double Margin = 1e-9;
}
