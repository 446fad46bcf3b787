using FocalPoint.Application.Indicators;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

/// <summary>One action-plan indicator against its baseline and target.</summary>
/// <param name="Measured">From the registry (true) or the latest value entered with a progress update (false).</param>
/// <param name="Current">Null when nothing is measured or entered yet.</param>
/// <param name="Towards">How far from baseline to target, 0 to 1 (can fall below 0 when things got worse).</param>
public sealed record IndicatorLine(
    long ItemId, string Item, string Indicator, IncidentKind? RegistryKind, bool Measured, decimal Baseline, decimal Target, decimal? Current,
    decimal? Towards, DateOnly Deadline, int PercentDone);

/// <param name="From">The period the registry indicators are counted over: the twelve months up to the latest data.</param>
public sealed record DashboardLines(long AuditId, int MunicipalityId, DateOnly From, DateOnly To, IReadOnlyList<IndicatorLine> Lines);

/// <summary>
/// The municipal dashboard: each action-plan item's indicator against baseline and target. Indicators tied to an
/// incident kind are counted from the registry through <see cref="MunicipalFigures"/> (the indicator computation);
/// the others show the latest value entered by hand, and say so.
/// </summary>
public sealed class MunicipalDashboard(FocalPointDbContext db, MunicipalFigures figures, IAccessContext accessContext, TimeProvider time)
{
    public async Task<DashboardLines?> HandleAsync(long auditId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var municipality = SafetyAccess.Admits(access)
            ? await db.SafetyAudits.Where(a => a.Id == auditId).Select(a => (int?)a.MunicipalityId).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (municipality is null)
        {
            return null;
        }

        var items = await db.ActionItems.AsNoTracking().Where(i => i.AuditId == auditId).OrderBy(i => i.Deadline).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.Title, i.Indicator, i.RegistryKind, i.Baseline, i.Target, i.Deadline,
                Latest = i.Progress.OrderByDescending(p => p.On).ThenByDescending(p => p.Id).Select(p => new { p.PercentDone }).FirstOrDefault(),
                Entered = i.Progress.Where(p => p.Value != null).OrderByDescending(p => p.On).ThenByDescending(p => p.Id).Select(p => p.Value).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var (from, to) = await PeriodAsync(cancellationToken);
        KindCounts? counts = items.Any(i => i.RegistryKind is not null)
            ? await figures.CountAsync(new IndicatorScope(from, to, MunicipalityId: municipality), cancellationToken)
            : null;
        var lines = items.Select(i =>
        {
            decimal? current = i.RegistryKind is { } kind ? counts!.Of(kind) : i.Entered;
            decimal? towards = current is { } c && i.Target != i.Baseline ? Math.Round((c - i.Baseline) / (i.Target - i.Baseline), 2) : null;
            return new IndicatorLine(i.Id, i.Title, i.Indicator, i.RegistryKind, i.RegistryKind is not null, i.Baseline, i.Target, current, towards, i.Deadline, i.Latest?.PercentDone ?? 0);
        }).ToList();
        return new DashboardLines(auditId, municipality.Value, from, to, lines);
    }

    /// <summary>Twelve months up to the latest incident in the registry (or today): a year without data would read as zero.</summary>
    private async Task<(DateOnly From, DateOnly To)> PeriodAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Registry.Incidents.KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime));
        var latest = await db.Incidents.AsNoTracking().MaxAsync(i => (DateOnly?)i.OccurredOn, cancellationToken) ?? today;
        var to = latest < today ? latest : today;
        return (to.AddYears(-1).AddDays(1), to);
    }
}
