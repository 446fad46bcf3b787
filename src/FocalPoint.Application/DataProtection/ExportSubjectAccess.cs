using FocalPoint.Application.Notes;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.DataProtection;

public sealed record SubjectAccessExport(
    DateTime ExportedAtUtc, string ExportedBy, string Scope, SubjectPerson Person, IReadOnlyList<SubjectIncident> Incidents,
    IReadOnlyList<SubjectLink> Links, IReadOnlyList<NoteRow> Notes, IReadOnlyList<SubjectRetention> RetentionDecisions);

public sealed record SubjectPerson(
    long Id, string GivenName, string FamilyName, string? FatherName, string? OriginalScriptName, DateOnly? DateOfBirth, Sex Sex,
    string? Nationality, string? PersonalNumber, DateTime CreatedAtUtc, string CreatedBy);

public sealed record SubjectIncident(long Id, string Reference, IncidentKind Kind, DateOnly OccurredOn, PersonRole Role, ReportingAgency ReportingAgency, string? Address, string Narrative);

public sealed record SubjectLink(LinkType Type, EntityKind FromKind, long FromId, EntityKind ToKind, long ToId, DateOnly? ValidFrom, DateOnly? ValidTo, long? SourceIncidentId);

public sealed record SubjectRetention(DateOnly KeepUntil, string Justification, string DecidedBy, DateTime DecidedAtUtc);

/// <summary>
/// Everything held on one person for a subject-access request, as one document; audited as an Export with its purpose.
/// Limitation (ADR 0007): it covers what the requesting analyst or investigator can reach; incidents outside their
/// reach are counted in <see cref="SubjectAccessExport.Scope"/> but not disclosed, so a complete answer needs a
/// user on the relevant case teams (or the CLI, which is unrestricted).
/// </summary>
public sealed class ExportSubjectAccess(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<SubjectAccessExport?> HandleAsync(long personId, string purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!await DataProtectionAccess.CanReachPersonAsync(db, access, personId, cancellationToken))
        {
            return null;
        }

        var person = await db.Persons.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new SubjectPerson(p.Id, p.GivenName, p.FamilyName, p.FatherName, p.OriginalScriptName, p.DateOfBirth, p.Sex, p.Nationality, p.PersonalNumber, p.CreatedAtUtc, p.CreatedBy))
            .SingleAsync(cancellationToken);
        var visible = db.Incidents.VisibleTo(access, db);
        var incidents = await db.IncidentPersons.AsNoTracking().Where(ip => ip.PersonId == personId && visible.Any(i => i.Id == ip.IncidentId))
            .OrderBy(ip => ip.Incident!.OccurredAtUtc)
            .Select(ip => new SubjectIncident(ip.IncidentId, ip.Incident!.Reference, ip.Incident.Kind, ip.Incident.OccurredOn, ip.Role, ip.Incident.ReportingAgency, ip.Incident.Address, ip.Incident.Narrative))
            .ToListAsync(cancellationToken);
        var held = await db.IncidentPersons.CountAsync(ip => ip.PersonId == personId, cancellationToken);
        var links = await db.Links.AsNoTracking()
            .Where(l => (l.FromKind == EntityKind.Person && l.FromId == personId) || (l.ToKind == EntityKind.Person && l.ToId == personId))
            .Where(l => l.SourceIncidentId == null || visible.Any(i => i.Id == l.SourceIncidentId))
            .OrderBy(l => l.Id)
            .Select(l => new SubjectLink(l.Type, l.FromKind, l.FromId, l.ToKind, l.ToId, l.ValidFrom, l.ValidTo, l.SourceIncidentId))
            .ToListAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking().Where(n => n.SubjectKind == EntityKind.Person && n.SubjectId == personId).OrderBy(n => n.Id)
            .Select(n => new NoteRow(n.Id, n.Kind, n.Text, n.CreatedBy, n.CreatedAtUtc, n.SourceIncidentId)).ToListAsync(cancellationToken);
        var retention = await db.RetentionReviews.AsNoTracking().Where(r => r.SubjectKind == EntityKind.Person && r.SubjectId == personId).OrderBy(r => r.Id)
            .Select(r => new SubjectRetention(r.KeepUntil, r.Justification, r.CreatedBy, r.CreatedAtUtc)).ToListAsync(cancellationToken);

        var scope = held == incidents.Count
            ? "Complete: every incident this person appears in."
            : $"Partial: {incidents.Count} of {held} incidents are within the exporting user's reach; the others are not included.";
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Export, "Person", [$"Person/{personId}", .. incidents.Select(i => $"Incident/{i.Id}")], purpose, Detail: "subject-access export"),
            cancellationToken);
        return new SubjectAccessExport(time.GetUtcNow().UtcDateTime, access.UserName, scope, person, incidents, links, notes, retention);
    }
}
