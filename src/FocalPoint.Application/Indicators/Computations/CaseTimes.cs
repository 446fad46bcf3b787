using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>
/// Cases opened and closed in the period, and days to close, from the case history (the first entry opens a case,
/// the last change to Closed closes it). A case counts when it holds an incident in scope that the user may see.
/// </summary>
internal static class CaseTimes
{
    public static async Task<IReadOnlyList<IndicatorValue>> CasesAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var incidentIds = context.Undated.Select(i => i.Id);
        var cases = await context.Db.Cases.AsNoTracking()
            .Where(c => context.Db.CaseIncidents.Any(ci => ci.CaseId == c.Id && incidentIds.Contains(ci.IncidentId)))
            .Select(c => new
            {
                c.CreatedAtUtc,
                Opened = c.History.Min(h => (DateTime?)h.ChangedAtUtc),
                Closed = c.Status == CaseStatus.Closed ? c.History.Where(h => h.NewStatus == CaseStatus.Closed).Max(h => (DateTime?)h.ChangedAtUtc) : null,
            })
            .ToListAsync(cancellationToken);

        var (from, to) = (context.Scope.From, context.Scope.To);
        bool InPeriod(DateTime utc) => LocalDate(utc) >= from && LocalDate(utc) <= to;
        var dated = cases.Select(c => (Opened: c.Opened ?? c.CreatedAtUtc, c.Closed)).ToList();
        var opened = dated.Count(c => InPeriod(c.Opened));
        var closed = dated.Where(c => c.Closed is { } at && InPeriod(at)).ToList();
        var days = closed.Select(c => LocalDate(c.Closed!.Value).DayNumber - LocalDate(c.Opened).DayNumber).ToList();
        return
        [
            new IndicatorValue(IndicatorIds.CasesOpened, opened, []),
            new IndicatorValue(IndicatorIds.CasesClosed, closed.Count, []),
            new IndicatorValue(IndicatorIds.CaseTimeToClose, Median.Of(days), [new(Dimensions.Part, "closed", days.Count)]),
        ];
    }

    private static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(KosovoTime.ToLocal(utc));
}
