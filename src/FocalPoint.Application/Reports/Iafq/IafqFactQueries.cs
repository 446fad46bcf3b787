using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports.Iafq;

/// <summary>
/// Reads the facts the IAFQ tables and SDG 16.4.2 count, over any set of incidents: every incident of a year for the
/// national IAFQ report, the incidents a user may see for the dashboard and the products (Indicators). One reading,
/// one computation (<see cref="IafqTables"/>), whoever asks.
/// </summary>
public static class IafqFactQueries
{
    /// <summary>Keeps only the incidents of kinds that recover arms (the IAFQ mapping).</summary>
    public static IQueryable<Incident> Recoveries(IQueryable<Incident> incidents)
    {
        // Recoveries in Kosovo: a partner's incident abroad (no municipality) is kept in the registry but is not a
        // seizure by this country's authorities, so national tables and SDG 16.4.2 leave it out.
        var kinds = IafqCategories.ByIncidentKind.Keys.ToList();
        return incidents.Where(i => kinds.Contains(i.Kind) && i.MunicipalityId != null);
    }

    /// <param name="firearmTypeId">Only arms of this registry type (the dashboard's weapon-type filter); all when null.</param>
    public static async Task<List<ArmFact>> ArmsAsync(FocalPointDbContext db, IQueryable<Incident> incidents, CancellationToken cancellationToken, int? firearmTypeId = null)
    {
        var ids = Recoveries(incidents).Select(i => i.Id);
        var firearms = db.Firearms.AsNoTracking().Where(f => ids.Contains(f.IncidentId));
        if (firearmTypeId is { } type)
        {
            firearms = firearms.Where(f => f.FirearmTypeId == type);
        }

        return (await firearms.Select(f => new
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
    }

    public static async Task<List<TraceFact>> TracesAsync(FocalPointDbContext db, IQueryable<Incident> incidents, CancellationToken cancellationToken)
    {
        var ids = Recoveries(incidents).Select(i => i.Id);
        return await db.TraceRequests.AsNoTracking()
            .Where(t => db.Firearms.Any(f => f.Id == t.FirearmId && ids.Contains(f.IncidentId)))
            .Select(t => new TraceFact(t.Status, t.Status == TraceStatus.Answered || t.Results.Any()))
            .ToListAsync(cancellationToken);
    }

    public static async Task<ItemFacts> ItemsAsync(FocalPointDbContext db, IQueryable<Incident> incidents, CancellationToken cancellationToken)
    {
        var ids = Recoveries(incidents).Select(i => i.Id);
        return new ItemFacts(
            [.. (await db.Ammunition.AsNoTracking().Where(a => ids.Contains(a.IncidentId)).Select(a => new { a.Incident!.Kind, a.Rounds }).ToListAsync(cancellationToken))
                .Select(a => (IafqCategories.ByIncidentKind[a.Kind], a.Rounds))],
            [.. (await db.Explosives.AsNoTracking().Where(e => ids.Contains(e.IncidentId)).Select(e => new { e.Incident!.Kind, ItemKind = e.Kind, e.Count }).ToListAsync(cancellationToken))
                .Select(e => (IafqCategories.ByIncidentKind[e.Kind], e.ItemKind, e.Count))],
            [.. (await db.Components.AsNoTracking().Where(c => ids.Contains(c.IncidentId)).Select(c => new { c.Incident!.Kind, ItemKind = c.Kind, c.Count }).ToListAsync(cancellationToken))
                .Select(c => (IafqCategories.ByIncidentKind[c.Kind], c.ItemKind, c.Count))]);
    }
}
