using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// One incident with its items, the persons in it and the links learned from it. Out of reach answers null.
/// Roles without personal data see how many persons there are, not who; showing persons is an audited consultation.
/// </summary>
public sealed class GetIncident(FocalPointDbContext db, EntityLabels labels, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<IncidentDetails?> HandleAsync(long id, string? purpose = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var incident = await db.Incidents.AsNoTracking().VisibleTo(access, db)
            .Include(i => i.Firearms)
            .Include(i => i.Ammunition)
            .Include(i => i.Explosives)
            .Include(i => i.Components)
            .Include(i => i.Persons).ThenInclude(p => p.Person)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return null;
        }

        var links = await db.Links.AsNoTracking().Where(l => l.SourceIncidentId == id).OrderBy(l => l.Id).Take(200).ToListAsync(cancellationToken);
        var names = await labels.LabelAsync(links.SelectMany(l => new[] { (l.FromKind, l.FromId), (l.ToKind, l.ToId) }), access, cancellationToken);
        var persons = access.SeesPersonalData
            ? incident.Persons.OrderBy(p => p.Role).ThenBy(p => p.PersonId)
                .Select(p => new IncidentPersonItem(p.PersonId, p.Person!.FullName, p.Person.DateOfBirth, p.Person.Sex, p.Role)).ToList()
            : [];
        if (persons.Count > 0 || links.Any(l => l.FromKind == EntityKind.Person || l.ToKind == EntityKind.Person))
        {
            var ids = persons.Select(p => $"Person/{p.PersonId}").Prepend($"Incident/{id}").ToList();
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Incident", ids, purpose), cancellationToken);
        }

        return IncidentProjection.ToDetails(incident, persons, links, names, withheld: !access.SeesPersonalData && incident.Persons.Count > 0);
    }
}
