using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;

namespace FocalPoint.Application.Indicators.Dashboard;

/// <summary>
/// The dashboard's figures: the dashboard indicators over the scope and over the same period a year earlier, and the
/// incident breakdowns its charts draw. Everything is counted over what the user may see.
/// </summary>
public sealed class BuildDashboard(ComputeIndicators compute, IAccessContext accessContext, ReferenceCache referenceCache)
{
    public async Task<CommandResult<DashboardData>> HandleAsync(IndicatorScope scope, CancellationToken cancellationToken = default)
    {
        var current = await compute.HandleAsync(scope, ComputeIndicators.Dashboard, cancellationToken);
        if (!current.Succeeded)
        {
            return CommandResult<DashboardData>.Invalid(current.Errors!);
        }

        var access = await accessContext.GetAsync(cancellationToken);
        var earlier = await compute.ComputeAsync(scope.YearEarlier(), access, ComputeIndicators.Dashboard, cancellationToken);
        var reference = await referenceCache.GetAsync(cancellationToken);
        var charts = DashboardCharts.All.Select(id => Chart(id, current.Value!, earlier, reference)).ToList();
        var patterns = Statistics.Patterns.Find(charts);
        return CommandResult<DashboardData>.Ok(new DashboardData(current.Value!, earlier, charts, patterns)
        {
            Seasonality = await SeasonalityAsync(scope, access, cancellationToken),
        });
    }

    /// <summary>The month-of-year profile of the scope's incidents over the whole years up to its end (same filters, same need-to-know).</summary>
    private async Task<Statistics.SeasonalProfile?> SeasonalityAsync(IndicatorScope scope, UserAccess access, CancellationToken cancellationToken)
    {
        var (first, last) = Statistics.Seasonality.Window(scope.To);
        if (last < IndicatorScope.Earliest.Year)
        {
            return null;
        }

        var years = scope with { From = new DateOnly(Math.Max(first, IndicatorScope.Earliest.Year), 1, 1), To = new DateOnly(last, 12, 31) };
        var set = await compute.ComputeAsync(years, access, OnlyIncidents, cancellationToken);
        return Statistics.Seasonality.Profile(set[IndicatorIds.Incidents].By(Dimensions.Month).Select(p => (p.Key, p.Value)), years.From.Year, last);
    }

    private static readonly IReadOnlySet<string> OnlyIncidents = new HashSet<string>(StringComparer.Ordinal) { IndicatorIds.Incidents };

    /// <summary>One chart from the figures of a scope and its year-earlier twin; the products draw the same charts.</summary>
    internal static DashboardChart Chart(string id, IndicatorSet current, IndicatorSet earlier, ReferenceSnapshot reference)
    {
        var dimension = DashboardCharts.Dimension(id);
        var now = Counts(current, dimension, key => key);

        // A year earlier, months are shifted onto this period's months so the two series line up.
        var before = Counts(earlier, dimension, key => id == DashboardCharts.Months ? ShiftYear(key) : key);
        var keys = id switch
        {
            DashboardCharts.Months => MonthsOf(current.Scope),
            DashboardCharts.Municipalities => reference.Municipalities.Select(m => Key(m.Id)),
            _ => now.Keys.Union(before.Keys),
        };
        var points = keys.Distinct()
            .Select(k => new ChartPoint(k, now.GetValueOrDefault(k), before.GetValueOrDefault(k), id == DashboardCharts.Municipalities ? Rate(reference, k, now.GetValueOrDefault(k)) : null))
            .ToList();
        if (id != DashboardCharts.Months)
        {
            points = [.. points.OrderByDescending(p => p.Value).ThenByDescending(p => p.YearEarlier).ThenBy(p => p.Key, StringComparer.Ordinal)];
        }

        return new DashboardChart(id, points);
    }

    private static Dictionary<string, int> Counts(IndicatorSet set, string dimension, Func<string, string> key) =>
        set[IndicatorIds.Incidents].By(dimension).GroupBy(p => key(p.Key)).ToDictionary(g => g.Key, g => (int)g.Sum(p => p.Value), StringComparer.Ordinal);

    private static IEnumerable<string> MonthsOf(IndicatorScope scope)
    {
        for (var month = new DateOnly(scope.From.Year, scope.From.Month, 1); month <= scope.To; month = month.AddMonths(1))
        {
            yield return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
    }

    private static string ShiftYear(string month) =>
        (int.Parse(month[..4], CultureInfo.InvariantCulture) + 1).ToString("0000", CultureInfo.InvariantCulture) + month[4..];

    private static decimal? Rate(ReferenceSnapshot reference, string key, int count) =>
        reference.MunicipalityById.TryGetValue(int.Parse(key, CultureInfo.InvariantCulture), out var m) && m.Population > 0
            ? Math.Round(count * 10_000m / m.Population, 2, MidpointRounding.AwayFromZero)
            : null;

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
