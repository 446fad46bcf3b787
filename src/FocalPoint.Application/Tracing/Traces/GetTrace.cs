using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Traces;

/// <summary>The firearm as a trace describes it.</summary>
public sealed record TracedFirearm(
    long Id, int FirearmTypeId, int? MakeId, string? Model, int? CalibreId, string? SerialAsWritten, MarkingStatus Marking,
    string? CountryOfManufacture, string? CountryOfLastLegalImport, int? YearOfManufacture);

public sealed record TraceAnswer(
    long Id, DateOnly ReceivedOn, bool PointOfDiversionEstablished, string? DiversionCountry, string? PointOfDiversion,
    string? LastLegalHolder, DateOnly? FirstRetailSaleOn, string? Summary, TimeToCrime? TimeToCrime);

/// <summary>Another record of the registry with the same serial (what an incoming request is answered from).</summary>
public sealed record RegistryMatch(long FirearmId, long IncidentId, string Reference, Domain.Incidents.IncidentKind Kind, DateOnly OccurredOn, string? SerialAsWritten);

public sealed record TraceDetails(
    long Id, TraceDirection Direction, TraceChannel Channel, string? Country, TraceStatus Status, string? PartnerReference,
    bool ObliteratedSerial, string? RemainingMarks, DateOnly? SentOn, DateOnly? DueOn, DateOnly? AcknowledgedOn, DateOnly? ClosedOn,
    string? StatusNote, bool Overdue, int Version, TracedFirearm Firearm, long IncidentId, string IncidentReference, DateOnly RecoveredOn,
    IReadOnlyList<TraceAnswer> Answers, IReadOnlyList<TraceMove> Moves, bool TakesAnswer, IReadOnlyList<RegistryMatch> RegistryMatches);

/// <summary>One trace with its firearm, answers and time to crime; null when unknown or out of reach. Showing a last legal holder is audited.</summary>
public sealed class GetTrace(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<TraceDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var t = await TraceAccess.Visible(db, access).AsNoTracking().Include(x => x.Results).Include(x => x.Firearm!).ThenInclude(f => f.Incident)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (t is null)
        {
            return null;
        }

        var f = t.Firearm!;
        var recovered = f.Incident!.OccurredOn;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var answers = t.Results.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).Select(r => new TraceAnswer(
            r.Id, r.ReceivedOn, r.PointOfDiversionEstablished, r.DiversionCountry, r.PointOfDiversion,
            access.SeesPersonalData ? r.LastLegalHolder : null, r.FirstRetailSaleOn, r.Summary, TimeToCrime.Between(r.FirstRetailSaleOn, recovered))).ToList();
        var matches = t.Direction == TraceDirection.Incoming ? await MatchesAsync(f, access, cancellationToken) : [];
        if (answers.Any(a => a.LastLegalHolder is not null))
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "TraceRequest", [$"TraceRequest/{t.Id}"], Detail: "trace answer with last legal holder"), cancellationToken);
        }

        return new TraceDetails(
            t.Id, t.Direction, t.Channel, t.DestinationCountry, t.Status, t.PartnerReference, t.ObliteratedSerial, t.RemainingMarks,
            t.SentOn, t.DueOn, t.AcknowledgedOn, t.ClosedOn, t.StatusNote, TraceOverdue.Is(t.Status, t.DueOn, today), t.Version,
            new TracedFirearm(f.Id, f.FirearmTypeId, f.MakeId, f.Model, f.CalibreId, f.SerialAsWritten, f.MarkingStatus, f.CountryOfManufacture, f.CountryOfLastLegalImport, f.YearOfManufacture),
            f.IncidentId, f.Incident.Reference, recovered, answers,
            access.Holds(Capabilities.TraceWork) ? TraceLifecycle.MovesFrom(t.Status) : [],
            access.Holds(Capabilities.TraceWork) && TraceLifecycle.TakesAnswer(t.Status), matches);
    }

    // Same normalised serial elsewhere in the registry, within the liaison officer's reach.
    private async Task<IReadOnlyList<RegistryMatch>> MatchesAsync(Firearm f, UserAccess access, CancellationToken cancellationToken)
    {
        if (f.SerialNormalised is null)
        {
            return [];
        }

        var visible = db.Incidents.VisibleTo(access, db);
        return await db.Firearms.AsNoTracking()
            .Where(x => x.SerialNormalised == f.SerialNormalised && x.Id != f.Id && visible.Any(i => i.Id == x.IncidentId))
            .OrderBy(x => x.Incident!.OccurredOn).Take(50)
            .Select(x => new RegistryMatch(x.Id, x.IncidentId, x.Incident!.Reference, x.Incident.Kind, x.Incident.OccurredOn, x.SerialAsWritten))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Overdue: still waiting for an answer after its due date.</summary>
public static class TraceOverdue
{
    public static bool Is(TraceStatus status, DateOnly? dueOn, DateOnly today) => status is TraceStatus.Sent or TraceStatus.Acknowledged && dueOn < today;
}
