using System.Linq.Expressions;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>What each computation reads: the scope's visible incidents, and the same without the period (for traces
/// and cases, which are dated by their own events, not by the incident).</summary>
internal sealed record IndicatorContext(FocalPointDbContext Db, IndicatorScope Scope, IQueryable<Incident> Incidents, IQueryable<Incident> Undated)
{
    /// <summary>Every incident of the scope, whoever may see it, and the need-to-know rule (the one that filters
    /// <see cref="Incidents"/>): the incident count reads both in one pass to say whether the figures are partial.</summary>
    public required (IQueryable<Incident> Incidents, Expression<Func<Incident, bool>> Visible) WholeScope { get; init; }
}

/// <summary>Medians of small samples computed in memory; the middle pair is averaged.</summary>
internal static class Median
{
    public static decimal? Of(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>The median of a histogram (value, how many), as grouped queries return it.</summary>
    public static decimal? OfCounts(IReadOnlyCollection<(int Value, int Count)> histogram)
    {
        var total = histogram.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        var sorted = histogram.OrderBy(h => h.Value).ToList();
        return total % 2 == 1 ? At(sorted, total / 2) : (At(sorted, (total / 2) - 1) + At(sorted, total / 2)) / 2m;
    }

    private static int At(List<(int Value, int Count)> sorted, int index)
    {
        foreach (var (value, count) in sorted)
        {
            if (index < count)
            {
                return value;
            }

            index -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
