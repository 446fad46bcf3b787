using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>One incident with its items, the persons in it and the links learned from it.</summary>
public sealed class GetIncident(FocalPointDbContext db, EntityLabels labels)
{
    public async Task<IncidentDetails?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var incident = await db.Incidents.AsNoTracking()
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
        var names = await labels.LabelAsync(links.SelectMany(l => new[] { (l.FromKind, l.FromId), (l.ToKind, l.ToId) }), cancellationToken);
        return new IncidentDetails(
            incident.Id, incident.Reference, incident.Kind, incident.OccurredAtUtc, incident.OccurredOn, incident.MunicipalityId,
            incident.DirectorateId, incident.CrossingPointId, incident.Latitude, incident.Longitude, incident.Address, incident.ReportingAgency,
            incident.LegalContext, incident.Narrative, incident.SourceReliability, incident.InformationAccuracy, incident.HandlingCode,
            incident.Version, incident.CreatedAtUtc, incident.CreatedBy, incident.UpdatedAtUtc, incident.UpdatedBy,
            incident.Firearms.OrderBy(f => f.Id).Select(f => new FirearmItem(
                f.Id, f.FirearmTypeId, f.MakeId, f.Model, f.CalibreId, f.SerialAsWritten, f.SerialNormalised, f.MarkingStatus,
                f.CountryOfManufacture, f.CountryOfLastLegalImport, f.YearOfManufacture, f.EuCategory, f.EuSubcategory,
                f.IsConvertedFromBlankOrAlarm, f.IsReactivated, f.IsPrivatelyMade, f.IsAutomatic, f.LegalStatus)).ToList(),
            incident.Ammunition.OrderBy(a => a.Id).Select(a => new AmmunitionItem(a.Id, a.CalibreId, a.Rounds, a.Lot)).ToList(),
            incident.Explosives.OrderBy(e => e.Id).Select(e => new ExplosiveItem(e.Id, e.Kind, e.Designation, e.Count, e.MassKg)).ToList(),
            incident.Components.OrderBy(c => c.Id).Select(c => new ComponentItem(c.Id, c.Kind, c.CalibreId, c.SerialAsWritten, c.Count)).ToList(),
            incident.Persons.OrderBy(p => p.Role).ThenBy(p => p.PersonId).Select(p => new IncidentPersonItem(
                p.PersonId, p.Person!.FullName, p.Person.DateOfBirth, p.Person.Sex, p.Role)).ToList(),
            links.Select(l => new LinkItem(
                l.Id, l.FromKind, l.FromId, names.GetValueOrDefault((l.FromKind, l.FromId), "?"), l.Type, l.ToKind, l.ToId,
                names.GetValueOrDefault((l.ToKind, l.ToId), "?"), l.Confidence, l.ValidFrom)).ToList());
    }
}
