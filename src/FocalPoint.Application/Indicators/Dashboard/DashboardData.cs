namespace FocalPoint.Application.Indicators.Dashboard;

/// <summary>One bar, point or area of a chart: the incidents behind it now and in the same period a year earlier.</summary>
/// <param name="Key">What a click filters by: a month (yyyy-MM), a kind name, or a reference id.</param>
/// <param name="Rate">Incidents per 10,000 inhabitants (municipalities only).</param>
public sealed record ChartPoint(string Key, int Value, int YearEarlier, decimal? Rate = null);

/// <summary>A dashboard chart: every value counts incidents, so a click opens exactly the incidents behind the figure.</summary>
public sealed record DashboardChart(string Id, IReadOnlyList<ChartPoint> Points)
{
    public bool IsEmpty => Points.All(p => p.Value == 0 && p.YearEarlier == 0);
}

/// <summary>What the dashboard shows for one scope: the indicators now and a year earlier, and its charts.</summary>
/// <param name="Patterns">Hotspots (Gi*) and significant month-on-month changes of the charts' points.</param>
public sealed record DashboardData(IndicatorSet Current, IndicatorSet YearEarlier, IReadOnlyList<DashboardChart> Charts, Statistics.PatternSet Patterns)
{
    /// <summary>The month-of-year profile over the whole years up to the scope's end; null when there are too few.</summary>
    public Statistics.SeasonalProfile? Seasonality { get; init; }

    public DashboardChart Chart(string id) => Charts.Single(c => c.Id == id);
}

/// <summary>The charts of the dashboard; their ids are in URLs (CSV export) and in the page's element ids.</summary>
public static class DashboardCharts
{
    public const string Months = "months";
    public const string Kinds = "kinds";
    public const string Types = "types";
    public const string Directorates = "directorates";
    public const string Municipalities = "municipalities";

    public static IReadOnlyList<string> All { get; } = [Months, Kinds, Types, Directorates, Municipalities];

    /// <summary>The incident breakdown each chart draws.</summary>
    public static string Dimension(string chart) => chart switch
    {
        Months => Dimensions.Month,
        Kinds => Dimensions.Kind,
        Types => Dimensions.Type,
        Directorates => Dimensions.Directorate,
        Municipalities => Dimensions.Municipality,
        _ => throw new ArgumentOutOfRangeException(nameof(chart)),
    };

    /// <summary>The scope a click on a point of a chart narrows to; the same scope the incident list is opened with.</summary>
    public static IndicatorScope Narrow(IndicatorScope scope, string chart, string key) => chart switch
    {
        Months => IndicatorScope.Month(int.Parse(key[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(key[5..], System.Globalization.CultureInfo.InvariantCulture)) with
        {
            DirectorateId = scope.DirectorateId, MunicipalityId = scope.MunicipalityId, Kind = scope.Kind, FirearmTypeId = scope.FirearmTypeId,
        },
        Kinds => scope with { Kind = Enum.Parse<Domain.Incidents.IncidentKind>(key) },
        Types => scope with { FirearmTypeId = Id(key) },
        Directorates => scope with { DirectorateId = Id(key) },
        Municipalities => scope with { MunicipalityId = Id(key) },
        _ => throw new ArgumentOutOfRangeException(nameof(chart)),
    };

    private static int Id(string key) => int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
}
