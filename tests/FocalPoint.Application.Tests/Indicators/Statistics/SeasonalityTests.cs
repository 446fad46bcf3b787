using FocalPoint.Application.Indicators.Statistics;

namespace FocalPoint.Application.Tests.Indicators.Statistics;

/// <summary>The month-of-year profile, on counts whose indices were worked out by hand.</summary>
public sealed class SeasonalityTests
{
    [Fact]
    public void Profile_TwoYearsAfterAnEmptyOne_AveragesEachMonthOverTheYearsWithDataAndDividesByTheAverageMonth()
    {
        // 2021 has no data (left out). Means: Jan (6+2)/2 = 4, Jul (3+1)/2 = 2, Aug (0+2)/2 = 1, Dec (3+3)/2 = 3;
        // average month 10/12; indices Jan 4.8, Jul 2.4, Aug 1.2, Dec 3.6, the rest 0.
        var counts = new (string, decimal)[] { ("2022-01", 6), ("2022-07", 3), ("2022-12", 3), ("2023-01", 2), ("2023-07", 1), ("2023-08", 2), ("2023-12", 3), ("2024-01", 50) };

        var profile = Seasonality.Profile(counts, 2021, 2023)!;

        Assert.Equal((2022, 2023), (profile.FirstYear, profile.LastYear));
        Assert.Equal([4.8m, 0, 0, 0, 0, 0, 2.4m, 1.2m, 0, 0, 0, 3.6m], profile.Months.Select(m => m.Index));
        Assert.Equal([4m, 0, 0, 0, 0, 0, 2m, 1m, 0, 0, 0, 3m], profile.Months.Select(m => m.Mean));
        Assert.Equal([1, 7, 12], profile.Peaks.Select(m => m.Month));
    }

    [Fact]
    public void Profile_AQuietYearAfterTheFirstData_CountsAsAYearOfZeros()
    {
        // Jan: (4 + 0 + 2) / 3 = 2; average month 2/12; index 12.
        var profile = Seasonality.Profile([("2021-01", 4m), ("2023-01", 2m)], 2020, 2023)!;

        Assert.Equal(2021, profile.FirstYear);
        Assert.Equal((2m, 12m), (profile.Months[0].Mean, profile.Months[0].Index));
    }

    [Fact]
    public void Profile_DataInOneYearOnly_SaysNothing()
    {
        Assert.Null(Seasonality.Profile([("2023-01", 4m), ("2023-06", 9m)], 2019, 2023));
        Assert.Null(Seasonality.Profile([], 2019, 2023));
    }

    [Theory]
    [InlineData("2024-12-31", 2020, 2024)]
    [InlineData("2024-06-30", 2019, 2023)]
    public void Window_OfAScope_EndsWithTheLastWholeYear(string to, int first, int last) =>
        Assert.Equal((first, last), Seasonality.Window(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
}
