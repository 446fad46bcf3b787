using System.Globalization;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Flows;
using FocalPoint.Web.Localisation;

namespace FocalPoint.Web.Indicators;

/// <summary>What dashboard.js draws: plain data with every label already in the UI language.</summary>
public sealed record DashboardView(IReadOnlyList<ChartView> Charts, MapData Map);

/// <param name="Keys">What a click on each bar selects (see <see cref="DashboardCharts.Narrow"/>).</param>
public sealed record ChartView(
    string Id, bool Horizontal, IReadOnlyList<string> Labels, IReadOnlyList<string> Keys, IReadOnlyList<int> Values, IReadOnlyList<int> Previous,
    string CurrentName, string PreviousName);

/// <summary>Labels of chart keys in the UI language.</summary>
public sealed class DashboardLabels(ReferenceSnapshot reference, Func<IncidentKind, string> kind)
{
    public string Of(string chart, string key) => chart switch
    {
        DashboardCharts.Months => new DateTime(int.Parse(key[..4], CultureInfo.InvariantCulture), int.Parse(key[5..], CultureInfo.InvariantCulture), 1).ToString("MMM yyyy", CultureInfo.CurrentCulture),
        DashboardCharts.Kinds => Enum.TryParse<IncidentKind>(key, out var k) ? kind(k) : key,
        DashboardCharts.Types => reference.FirearmTypeById.TryGetValue(Id(key), out var t) ? t.Name() : key,
        DashboardCharts.Directorates => reference.DirectorateById.TryGetValue(Id(key), out var d) ? d.Name() : key,
        DashboardCharts.Municipalities => reference.MunicipalityById.TryGetValue(Id(key), out var m) ? m.Name() : key,
        _ => key,
    };

    internal static DashboardView View(DashboardData data, DashboardLabels labels, ReferenceSnapshot reference, MunicipalityShapes? shapes, string currentName, string previousName, string rateUnit)
    {
        var charts = data.Charts.Where(c => c.Id != DashboardCharts.Municipalities).Select(c => new ChartView(
            c.Id, c.Id != DashboardCharts.Months, [.. c.Points.Select(p => labels.Of(c.Id, p.Key))], [.. c.Points.Select(p => p.Key)],
            [.. c.Points.Select(p => p.Value)], [.. c.Points.Select(p => p.YearEarlier)], currentName, previousName)).ToList();
        var byMunicipality = data.Chart(DashboardCharts.Municipalities).Points.ToDictionary(p => Id(p.Key));
        var map = MunicipalityMap.Build(
            reference, shapes,
            id => (double)(byMunicipality.GetValueOrDefault(id)?.Rate ?? 0m),
            id => byMunicipality.GetValueOrDefault(id) is { } p ? $"{p.Rate?.ToString("0.##", CultureInfo.CurrentCulture)} ({p.Value.ToString("N0", CultureInfo.CurrentCulture)})" : "",
            rateUnit);
        return new DashboardView(charts, map);
    }

    private static int Id(string key) => int.Parse(key, CultureInfo.InvariantCulture);
}
