using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Persons;

public sealed record PersonDetails(
    long Id, string GivenName, string FamilyName, string? FatherName, string? OriginalScriptName, DateOnly? DateOfBirth, Sex Sex,
    string? Nationality, string? PersonalNumber, IReadOnlyList<PersonIncident> Incidents, IReadOnlyList<PersonLink> Links);

public sealed record PersonIncident(long IncidentId, string Reference, IncidentKind Kind, DateOnly OccurredOn, int? MunicipalityId, PersonRole Role);

public sealed record PersonLink(LinkType Type, EntityKind OtherKind, long OtherId, string OtherLabel, double Confidence, long? SourceIncidentId);

/// <summary>
/// A person record with every incident (within reach) it appears in and its links. A consultation of personal
/// data: it needs a purpose and leaves one audit entry. Out of reach, or a role without personal data, answers null.
/// </summary>
public sealed class GetPerson(FocalPointDbContext db, Incidents.EntityLabels labels, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<PersonDetails?> HandleAsync(long id, string purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var reachable = IncidentVisibility.VisiblePersonIds(db, access);
        var person = access.Unrestricted
            ? await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await db.Persons.AsNoTracking().Where(p => p.Id == id && reachable.Contains(p.Id)).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            // The user is told "not found" either way; the auditor learns that someone tried (LED art. 25).
            await audit.RecordAsync(new AuditEvent(AuditAction.AccessRefused, "Person", [$"Person/{id}"], purpose), cancellationToken);
            return null;
        }

        var visible = db.Incidents.VisibleTo(access, db);
        var incidents = await db.IncidentPersons.AsNoTracking().Where(ip => ip.PersonId == id && visible.Any(i => i.Id == ip.IncidentId))
            .OrderByDescending(ip => ip.Incident!.OccurredAtUtc)
            .Select(ip => new PersonIncident(ip.IncidentId, ip.Incident!.Reference, ip.Incident.Kind, ip.Incident.OccurredOn, ip.Incident.MunicipalityId, ip.Role))
            .ToListAsync(cancellationToken);
        var links = await db.Links.AsNoTracking()
            .Where(l => (l.FromKind == EntityKind.Person && l.FromId == id) || (l.ToKind == EntityKind.Person && l.ToId == id))
            .Where(l => l.SourceIncidentId == null || visible.Any(i => i.Id == l.SourceIncidentId))
            .OrderBy(l => l.Id).Take(500).ToListAsync(cancellationToken);
        var others = links.Select(l => l.FromKind == EntityKind.Person && l.FromId == id ? (l.ToKind, l.ToId) : (l.FromKind, l.FromId)).ToList();
        var names = await labels.LabelAsync(others, access, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", [$"Person/{id}"], purpose), cancellationToken);
        return new PersonDetails(
            person.Id, person.GivenName, person.FamilyName, person.FatherName, person.OriginalScriptName, person.DateOfBirth, person.Sex,
            person.Nationality, person.PersonalNumber, incidents,
            links.Select((l, i) => new PersonLink(l.Type, others[i].Item1, others[i].Item2, names.GetValueOrDefault(others[i], "?"), l.Confidence, l.SourceIncidentId)).ToList());
    }
}
