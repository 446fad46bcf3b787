using System.Globalization;

namespace FocalPoint.Application.Indicators.Statistics;

/// <summary>One calendar month of a seasonal profile: its mean count per year and its index against the average month.</summary>
public sealed record SeasonalMonth(int Month, decimal Mean, decimal Index);

/// <summary>The month-of-year profile over whole years <paramref name="FirstYear"/> to <paramref name="LastYear"/>.</summary>
public sealed record SeasonalProfile(int FirstYear, int LastYear, IReadOnlyList<SeasonalMonth> Months)
{
    /// <summary>Months at least a quarter above the average month: the peaks a reader is told about.</summary>
    public IEnumerable<SeasonalMonth> Peaks => Months.Where(m => m.Index >= Seasonality.PeakIndex);
}

/// <summary>
/// Seasonality by the ratio-to-mean method (simple average seasonal index): for each calendar month, the mean of its
/// counts over whole years, divided by the mean of all twelve months. An index of 1 is an ordinary month, 1.5 half again
/// as many incidents. Stated limits: it needs at least <see cref="MinYears"/> whole years with incidents, it assumes no
/// trend across the years (a growing series inflates the late months), and months of 28 to 31 days are taken as equal.
/// Years before the first incident of the window are left out: no data is not a quiet year.
/// </summary>
public static class Seasonality
{
    public const int MinYears = 2;
    public const int WindowYears = 5;
    public const decimal PeakIndex = 1.25m;

    /// <summary>The whole years the profile of a scope ending on <paramref name="to"/> is drawn from (the last one ends by then).</summary>
    public static (int FirstYear, int LastYear) Window(DateOnly to)
    {
        var last = to.Month == 12 && to.Day == 31 ? to.Year : to.Year - 1;
        return (last - WindowYears + 1, last);
    }

    /// <summary>The profile of monthly counts keyed yyyy-MM, over the years of the window; null when it says nothing.</summary>
    public static SeasonalProfile? Profile(IEnumerable<(string Month, decimal Count)> counts, int firstYear, int lastYear)
    {
        var grid = new decimal[lastYear - firstYear + 1, 12];
        foreach (var (month, count) in counts)
        {
            var year = int.Parse(month[..4], CultureInfo.InvariantCulture);
            if (year >= firstYear && year <= lastYear)
            {
                grid[year - firstYear, int.Parse(month[5..], CultureInfo.InvariantCulture) - 1] += count;
            }
        }

        var years = Enumerable.Range(0, lastYear - firstYear + 1).Where(y => Enumerable.Range(0, 12).Any(m => grid[y, m] > 0)).ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var used = Enumerable.Range(years[0], lastYear - firstYear + 1 - years[0]).ToList();
        if (used.Count < MinYears)
        {
            return null;
        }

        var means = Enumerable.Range(0, 12).Select(m => used.Sum(y => grid[y, m]) / used.Count).ToList();
        var average = means.Sum() / 12;
        return new SeasonalProfile(
            firstYear + used[0], lastYear,
            [.. means.Select((mean, m) => new SeasonalMonth(m + 1, Math.Round(mean, 2, MidpointRounding.AwayFromZero), Math.Round(mean / average, 2, MidpointRounding.AwayFromZero)))]);
    }
}
