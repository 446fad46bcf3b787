namespace FocalPoint.Risk.Assessment;

/// <summary>An ordinal scale for one CIRAM input, e.g. 1 (very low) to 5 (very high).</summary>
/// <param name="Min">Lowest value on the scale.</param>
/// <param name="Max">Highest value on the scale; above <paramref name="Min"/>.</param>
public sealed record RiskScale(int Min, int Max)
{
    /// <summary>The five-step scale CIRAM handbooks use.</summary>
    public static RiskScale OneToFive { get; } = new(1, 5);

    /// <summary>Whether the value lies on the scale.</summary>
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>The value's position on the scale in [0, 1]: Min gives 0, Max gives 1.</summary>
    public double Position(int value) => (value - Min) / (double)(Max - Min);

    /// <summary>The value as a share of the top of the scale, in (0, 1] for scales starting at 1.</summary>
    public double ShareOfTop(int value) => value / (double)Max;
}
