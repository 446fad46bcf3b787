using FocalPoint.Data;
using FocalPoint.Domain.Links;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Short display labels for the two ends of links, fetched per kind in one query each.</summary>
public sealed class EntityLabels(FocalPointDbContext db)
{
    /// <summary>Labels for the given records; persons are named only for roles that see personal data.</summary>
    public async Task<Dictionary<(EntityKind, long), string>> LabelAsync(
        IEnumerable<(EntityKind Kind, long Id)> refs, Security.UserAccess access, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(EntityKind, long), string>();
        foreach (var group in refs.Distinct().GroupBy(r => r.Kind))
        {
            if (group.Key == EntityKind.Person && !access.SeesPersonalData)
            {
                foreach (var (kind, id) in group)
                {
                    result[(kind, id)] = "(person withheld)";
                }

                continue;
            }

            var ids = group.Select(r => r.Id).ToList();
            var labels = group.Key switch
            {
                EntityKind.Person => await db.Persons.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, Label = p.GivenName + " " + p.FamilyName }).ToListAsync(cancellationToken),
                EntityKind.Vehicle => await db.Vehicles.Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, Label = v.Plate }).ToListAsync(cancellationToken),
                EntityKind.CommunicationIdentifier => await db.CommunicationIdentifiers.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, Label = c.Value }).ToListAsync(cancellationToken),
                EntityKind.Organisation => await db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, Label = o.Name }).ToListAsync(cancellationToken),
                EntityKind.Location => await db.Locations.Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, Label = l.Name }).ToListAsync(cancellationToken),
                EntityKind.Firearm => await db.Firearms.Where(f => ids.Contains(f.Id)).Select(f => new { f.Id, Label = f.SerialAsWritten ?? "(no serial)" }).ToListAsync(cancellationToken),
                _ => await db.Incidents.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, Label = i.Reference }).ToListAsync(cancellationToken),
            };
            foreach (var label in labels)
            {
                result[(group.Key, label.Id)] = label.Label;
            }
        }

        return result;
    }
}
