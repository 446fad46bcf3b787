using FocalPoint.Application.Common;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>
/// Adds the persons, vehicles and identifiers of an <see cref="IncidentInput"/> to an incident: a person through its
/// role on the incident, a vehicle or identifier through an "involved in" link learned from the incident (the link
/// chart draws both). Existing records are referred to by id; new ones are created with their normalised keys.
/// </summary>
internal static class IncidentParties
{
    /// <summary>Refuses ids that name no record; nothing is changed then.</summary>
    public static async Task CheckIdsAsync(FocalPointDbContext db, IncidentInput input, ValidationErrors errors, CancellationToken ct)
    {
        await CheckAsync(db.Persons.Select(p => p.Id), input.Persons.Select(p => p.PersonId), "Persons", errors, ct);
        await CheckAsync(db.Vehicles.Select(v => v.Id), input.Vehicles.Select(v => v.VehicleId), "Vehicles", errors, ct);
        await CheckAsync(db.CommunicationIdentifiers.Select(c => c.Id), input.Identifiers.Select(c => c.IdentifierId), "Identifiers", errors, ct);
    }

    /// <summary>Adds the persons to the tracked incident (saved with it) and returns the records added, for the audit entry.</summary>
    public static async Task<List<Person>> AddPersonsAsync(FocalPointDbContext db, Incident incident, IncidentInput input, CancellationToken ct)
    {
        var onIncident = incident.Id == 0 ? [] : await db.IncidentPersons.Where(ip => ip.IncidentId == incident.Id).Select(ip => ip.PersonId).ToListAsync(ct);
        var added = new List<Person>();
        foreach (var p in input.Persons)
        {
            if (p.PersonId is { } id && onIncident.Contains(id))
            {
                continue;
            }

            var person = p.PersonId is { } existing
                ? await db.Persons.FirstAsync(x => x.Id == existing, ct)
                : new Person { GivenName = p.GivenName!.Trim(), FamilyName = p.FamilyName!.Trim(), DateOfBirth = p.DateOfBirth, Sex = p.Sex };
            db.IncidentPersons.Add(new IncidentPerson { Incident = incident, Person = person, Role = p.Role });
            added.Add(person);
        }

        return added;
    }

    /// <summary>Links the vehicles and identifiers to the saved incident (it needs its id); call inside the save's transaction.</summary>
    public static async Task LinkThingsAsync(FocalPointDbContext db, Incident incident, IncidentInput input, CancellationToken ct)
    {
        var links = new List<(EntityKind Kind, Func<long> Id)>();
        foreach (var v in input.Vehicles)
        {
            var vehicle = v.VehicleId is { } id ? await db.Vehicles.FirstAsync(x => x.Id == id, ct)
                : db.Vehicles.Add(new Vehicle { Plate = v.Plate!.Trim(), PlateNormalised = Normalisers.Plate(v.Plate), Make = Blank(v.Make), Model = Blank(v.Model) }).Entity;
            links.Add((EntityKind.Vehicle, () => vehicle.Id));
        }

        foreach (var c in input.Identifiers)
        {
            var identifier = c.IdentifierId is { } id ? await db.CommunicationIdentifiers.FirstAsync(x => x.Id == id, ct)
                : db.CommunicationIdentifiers.Add(new CommunicationIdentifier { Kind = c.Kind, Value = IdentifierValue(c.Kind, c.Value!) }).Entity;
            links.Add((EntityKind.CommunicationIdentifier, () => identifier.Id));
        }

        if (links.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        foreach (var (kind, id) in links)
        {
            db.Links.Add(new EntityLink
            {
                FromKind = kind, FromId = id(), ToKind = EntityKind.Incident, ToId = incident.Id, Type = LinkType.InvolvedIn,
                SourceIncidentId = incident.Id, ValidFrom = incident.OccurredOn,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A phone number is kept in E.164 (as the linkage engine compares it) when it reads as one.</summary>
    public static string IdentifierValue(CommunicationKind kind, string value) =>
        kind == CommunicationKind.Phone && Normalisers.Phone(value) is { } e164 ? e164 : value.Trim();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task CheckAsync(IQueryable<long> table, IEnumerable<long?> ids, string field, ValidationErrors errors, CancellationToken ct)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        if (wanted.Count > 0 && await table.CountAsync(id => wanted.Contains(id), ct) != wanted.Count)
        {
            errors.Add(field, Messages.UnknownRecord);
        }
    }
}
