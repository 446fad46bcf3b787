using FocalPoint.Application.Common;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Iafq;

/// <summary>
/// The IAFQ statistics of one year, counted over every incident of the registry: they are national totals of counts,
/// without references or persons, and must not change with who runs them (see docs/decisions/0010-iafq-statistics.md).
/// Trace results are read whenever they arrived, so re-running a past year picks up late answers (the revision the
/// SDG metadata expects).
/// </summary>
public sealed class BuildIafqReport(FocalPointDbContext db, TimeProvider time)
{
    public ValidationErrors? Check(int year)
    {
        var latest = time.GetUtcNow().Year;
        var errors = new ValidationErrors();
        if (year < IafqReport.FirstYear || year > latest)
        {
            errors.Add("Year", Messages.Between, IafqReport.FirstYear, latest);
        }

        return errors.IsEmpty ? null : errors;
    }

    public async Task<IafqReport> HandleAsync(int year, CancellationToken cancellationToken = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var kinds = IafqCategories.ByIncidentKind.Keys.ToList();
        var incidents = db.Incidents.AsNoTracking().Where(i => i.OccurredOn >= from && i.OccurredOn <= to && kinds.Contains(i.Kind));
        var ids = incidents.Select(i => i.Id);

        var arms = (await db.Firearms.AsNoTracking().Where(f => ids.Contains(f.IncidentId)).Select(f => new
        {
            f.Incident!.Kind,
            f.Incident.LegalContext,
            f.FirearmType!.Code,
            Traced = db.TraceRequests.Any(t => t.FirearmId == f.Id && t.Status != TraceStatus.Draft),
            ByTracing = db.TraceResults.Any(r => r.TraceRequest!.FirearmId == f.Id && r.PointOfDiversionEstablished
                && r.EstablishedBy != DiversionEstablishedBy.Intelligence),
            ByIntelligence = db.TraceResults.Any(r => r.TraceRequest!.FirearmId == f.Id && r.PointOfDiversionEstablished
                && r.EstablishedBy == DiversionEstablishedBy.Intelligence),
        }).ToListAsync(cancellationToken))
            .Select(a => new ArmFact(IafqCategories.ByIncidentKind[a.Kind], a.LegalContext, IafqCategories.ArmType(a.Code), a.Traced, a.ByTracing, a.ByIntelligence))
            .ToList();

        var traces = await db.TraceRequests.AsNoTracking()
            .Where(t => db.Firearms.Any(f => f.Id == t.FirearmId && ids.Contains(f.IncidentId)))
            .Select(t => new TraceFact(t.Status, t.Status == TraceStatus.Answered || t.Results.Any()))
            .ToListAsync(cancellationToken);

        var items = new ItemFacts(
            [.. (await db.Ammunition.AsNoTracking().Where(a => ids.Contains(a.IncidentId)).Select(a => new { a.Incident!.Kind, a.Rounds }).ToListAsync(cancellationToken))
                .Select(a => (IafqCategories.ByIncidentKind[a.Kind], a.Rounds))],
            [.. (await db.Explosives.AsNoTracking().Where(e => ids.Contains(e.IncidentId)).Select(e => new { e.Incident!.Kind, ItemKind = e.Kind, e.Count }).ToListAsync(cancellationToken))
                .Select(e => (IafqCategories.ByIncidentKind[e.Kind], e.ItemKind, e.Count))],
            [.. (await db.Components.AsNoTracking().Where(c => ids.Contains(c.IncidentId)).Select(c => new { c.Incident!.Kind, ItemKind = c.Kind, c.Count }).ToListAsync(cancellationToken))
                .Select(c => (IafqCategories.ByIncidentKind[c.Kind], c.ItemKind, c.Count))]);

        return IafqTables.Build(year, arms, traces, items);
    }
}
