using System.Globalization;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Data.ReferenceData;

namespace FocalPoint.Application.Indicators.Statistics;

/// <summary>A municipality whose rate, with its neighbours', stands out (Gi*, 5 % two-sided).</summary>
public sealed record Hotspot(string Key, decimal? Rate, double Z, SpotKind Kind);

/// <summary>A month whose count differs from the month before beyond chance (exact binomial test, 5 %).</summary>
public sealed record MonthChange(string Key, int Previous, int Current, double PValue);

/// <summary>The dashboard's and the bulletin's patterns, computed from the charts' own points.</summary>
public sealed record PatternSet(IReadOnlyList<Hotspot> Hotspots, IReadOnlyList<MonthChange> Changes);

/// <summary>
/// Hotspots by Gi* over incidents per 10,000 inhabitants with the municipality neighbour table, and month-on-month
/// changes by the exact test of <see cref="CountChange"/>. Only significant results are kept: the rest is noise.
/// </summary>
public static class Patterns
{
    /// <summary>Below this many incidents in scope the normal approximation of Gi* says nothing: no hotspot is named.</summary>
    public const int MinIncidents = 30;

    private static readonly Lazy<IReadOnlyList<(int Municipality, int Neighbour)>> Neighbours = new(ReferenceDataCatalog.LoadNeighbours);

    public static PatternSet Find(IReadOnlyList<DashboardChart> charts) =>
        new(Hotspots(charts.Single(c => c.Id == DashboardCharts.Municipalities)), Changes(charts.Single(c => c.Id == DashboardCharts.Months)));

    private static List<Hotspot> Hotspots(DashboardChart municipalities)
    {
        var points = municipalities.Points.OrderBy(p => int.Parse(p.Key, CultureInfo.InvariantCulture)).ToList();
        if (points.Count < 3 || points.Sum(p => p.Value) < MinIncidents)
        {
            return [];
        }

        var index = points.Select((p, i) => (p.Key, i)).ToDictionary(x => int.Parse(x.Key, CultureInfo.InvariantCulture), x => x.i);
        var neighbours = points.Select(_ => new HashSet<int>()).ToList();
        foreach (var (a, b) in Neighbours.Value)
        {
            if (index.TryGetValue(a, out var i) && index.TryGetValue(b, out var j))
            {
                neighbours[i].Add(j);
                neighbours[j].Add(i);
            }
        }

        var rates = points.Select(p => (double)(p.Rate ?? 0m)).ToList();
        var mean = rates.Average();

        // A municipality is named a hotspot only when its own rate is above the mean (a coldspot: below): Gi* alone also
        // flags the quiet neighbours of one busy municipality, which would send a reader to the wrong place.
        var spots = GetisOrd.Compute(rates, [.. neighbours]);
        return [.. spots.Where(s => (s.Kind == SpotKind.Hot && rates[s.Area] > mean) || (s.Kind == SpotKind.Cold && rates[s.Area] < mean))
            .OrderByDescending(s => Math.Abs(s.Z))
            .Select(s => new Hotspot(points[s.Area].Key, points[s.Area].Rate, Math.Round(s.Z, 2), s.Kind))];
    }

    private static List<MonthChange> Changes(DashboardChart months)
    {
        var changes = new List<MonthChange>();
        for (var i = 1; i < months.Points.Count; i++)
        {
            var (before, now) = (months.Points[i - 1].Value, months.Points[i].Value);
            var p = CountChange.PValue(before, now);
            if (p < CountChange.Level)
            {
                changes.Add(new MonthChange(months.Points[i].Key, before, now, Math.Round(p, 4)));
            }
        }

        return changes;
    }
}
