namespace FocalPoint.Application.Tracing.Traces;

/// <summary>
/// Time to crime: from the first retail sale to the recovery. Under three years is a trafficking indicator (ATF's
/// rule of thumb: a gun that reaches crime quickly was likely bought to be passed on).
/// </summary>
public sealed record TimeToCrime(int Days, bool TraffickingIndicator)
{
    public const int IndicatorYears = 3;

    public double Years => Days / 365.25;

    /// <summary>Null without a sale date or when the sale is after the recovery (a bad answer, not a negative time).</summary>
    public static TimeToCrime? Between(DateOnly? firstRetailSale, DateOnly recovered) =>
        firstRetailSale is { } sale && sale <= recovered
            ? new TimeToCrime(recovered.DayNumber - sale.DayNumber, recovered < sale.AddYears(IndicatorYears))
            : null;
}
