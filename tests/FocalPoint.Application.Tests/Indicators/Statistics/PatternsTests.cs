using System.Globalization;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Application.Indicators.Statistics;

namespace FocalPoint.Application.Tests.Indicators.Statistics;

/// <summary>Hotspots over the real neighbour table and month changes, from chart points as the dashboard builds them.</summary>
public sealed class PatternsTests
{
    [Fact]
    public void Find_ThreeBusyNeighboursInTheNorth_NamesThemAndNotTheirQuietNeighbour()
    {
        // Mitrovica (21), North Mitrovica (24) and Zveçan (25) border each other; Leposaviq (27) borders 21 and 25 but has
        // no incident: Gi* alone flags it (z = 3.26), the own-rate rule keeps it out.
        var patterns = Patterns.Find([Municipalities(new() { [21] = 20, [24] = 20, [25] = 20 }), Months(0, 6)]);

        Assert.Equal(["21", "24", "25"], patterns.Hotspots.Select(h => h.Key).Order());
        Assert.All(patterns.Hotspots, h => Assert.Equal(SpotKind.Hot, h.Kind));
        Assert.Equal(3.45, patterns.Hotspots.Single(h => h.Key == "21").Z, 2);
        var change = Assert.Single(patterns.Changes);
        Assert.Equal(("2024-02", 0, 6, 0.0313), (change.Key, change.Previous, change.Current, change.PValue));
    }

    [Fact]
    public void Find_FewerIncidentsThanTheMinimum_NamesNoHotspotAndNoChangeWithinChance()
    {
        var patterns = Patterns.Find([Municipalities(new() { [21] = 10, [24] = 10, [25] = 9 }), Months(5, 0)]);

        Assert.Empty(patterns.Hotspots);
        Assert.Empty(patterns.Changes);
    }

    private static DashboardChart Municipalities(Dictionary<int, int> counts) => new(DashboardCharts.Municipalities,
    [
        .. Enumerable.Range(1, 38).Select(id => new ChartPoint(
            id.ToString(CultureInfo.InvariantCulture), counts.GetValueOrDefault(id), 0, counts.ContainsKey(id) ? 5m : 0m)),
    ]);

    private static DashboardChart Months(int january, int february) =>
        new(DashboardCharts.Months, [new ChartPoint("2024-01", january, 0), new ChartPoint("2024-02", february, 0)]);
}
