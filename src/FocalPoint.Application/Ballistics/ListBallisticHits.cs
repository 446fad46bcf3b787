using FocalPoint.Application.Cases;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Ballistics;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Ballistics;

/// <summary>Which page asks: the hits of one incident, one firearm, or every incident of one case.</summary>
public enum HitScope
{
    Incident,
    Firearm,
    Case,
}

/// <summary>
/// One side of a confirmed hit as the reader may see it: the scene or the test-fired firearm, with reference and
/// serial only when its incident is within reach (otherwise "restricted record").
/// </summary>
public sealed record HitEnd(ExhibitKind Kind, string LabNumber, long? IncidentId, string? Reference, DateOnly? OccurredOn, long? FirearmId, string? Serial);

public sealed record BallisticHitRow(long LeadId, HitEnd Near, HitEnd Far, string? DecidedBy, DateOnly? DecidedOn);

/// <summary>
/// Confirmed ballistic hits for the incident, firearm and case pages of the intelligence side, under the incident
/// need-to-know: a hit is listed when the page's side is within reach, and its far side is named only when within reach.
/// Open and refuted leads stay with the laboratory.
/// </summary>
public sealed class ListBallisticHits(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<IReadOnlyList<BallisticHitRow>> HandleAsync(HitScope scope, long id, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var visible = db.Incidents.VisibleTo(access, db);
        var exams = scope switch
        {
            HitScope.Incident => db.BallisticExaminations.Where(e => e.IncidentId == id),
            HitScope.Firearm => db.BallisticExaminations.Where(e => e.FirearmId == id),
            _ => db.BallisticExaminations.Where(e => db.Cases.VisibleTo(access, db).Any(c => c.Id == id) && db.CaseIncidents.Any(ci => ci.CaseId == id && ci.IncidentId == e.IncidentId)),
        };
        var near = exams.Where(e => visible.Any(i => i.Id == e.IncidentId)).Select(e => e.Id);
        var rows = await db.BallisticLeads.AsNoTracking()
            .Where(l => l.State == BallisticLeadState.Confirmed && (near.Contains(l.ExaminationId) || near.Contains(l.MatchedExaminationId)))
            .OrderByDescending(l => l.DecidedOn).ThenBy(l => l.Id).Take(200)
            .Select(l => new
            {
                l.Id, l.DecidedBy, l.DecidedOn, AIsNear = near.Contains(l.ExaminationId),
                A = new RawEnd(l.Examination!.Kind, l.Examination.LabNumber, l.Examination.IncidentId, l.Examination.Incident!.Reference, l.Examination.Incident.OccurredOn,
                    l.Examination.FirearmId, l.Examination.Firearm == null ? null : l.Examination.Firearm.SerialAsWritten),
                B = new RawEnd(l.MatchedExamination!.Kind, l.MatchedExamination.LabNumber, l.MatchedExamination.IncidentId, l.MatchedExamination.Incident!.Reference,
                    l.MatchedExamination.Incident.OccurredOn, l.MatchedExamination.FirearmId, l.MatchedExamination.Firearm == null ? null : l.MatchedExamination.Firearm.SerialAsWritten),
            })
            .ToListAsync(ct);
        var ends = rows.SelectMany(r => new[] { r.A.IncidentId, r.B.IncidentId }).Distinct().ToList();
        var reach = (await visible.Where(i => ends.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct)).ToHashSet();
        return [.. rows.Select(r => r.AIsNear
            ? new BallisticHitRow(r.Id, r.A.Seen(reach), r.B.Seen(reach), r.DecidedBy, r.DecidedOn)
            : new BallisticHitRow(r.Id, r.B.Seen(reach), r.A.Seen(reach), r.DecidedBy, r.DecidedOn))];
    }

    private sealed record RawEnd(ExhibitKind Kind, string LabNumber, long IncidentId, string Reference, DateOnly OccurredOn, long? FirearmId, string? Serial)
    {
        public HitEnd Seen(HashSet<long> reach) => reach.Contains(IncidentId)
            ? new HitEnd(Kind, LabNumber, IncidentId, Reference, OccurredOn, FirearmId, Serial)
            : new HitEnd(Kind, LabNumber, null, null, null, null, null);
    }
}
