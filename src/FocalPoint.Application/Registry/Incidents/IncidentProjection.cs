using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Turns a loaded incident into the details record the page and the API show.</summary>
internal static class IncidentProjection
{
    public static IncidentDetails ToDetails(
        Incident incident, IReadOnlyList<IncidentPersonItem> persons, IReadOnlyList<EntityLink> links,
        IReadOnlyDictionary<(EntityKind, long), string> names, bool withheld) => new(
            incident.Id, incident.Reference, incident.Kind, incident.OccurredAtUtc, incident.OccurredOn, incident.MunicipalityId,
            incident.DirectorateId, incident.PlaceCountryCode is { } country ? new PlaceAbroad(country, incident.PlaceRegion, incident.PlaceName ?? "") : null,
            incident.CrossingPointId, incident.Latitude, incident.Longitude, incident.Address, incident.ReportingAgency,
            incident.LegalContext, incident.Narrative, incident.SourceReliability, incident.InformationAccuracy, incident.HandlingCode,
            incident.Tlp, incident.Version, incident.CreatedAtUtc, incident.CreatedBy, incident.UpdatedAtUtc, incident.UpdatedBy,
            incident.Firearms.OrderBy(f => f.Id).Select(f => new FirearmItem(
                f.Id, f.FirearmTypeId, f.MakeId, f.Model, f.CalibreId, f.SerialAsWritten, f.SerialNormalised, f.MarkingStatus,
                f.CountryOfManufacture, f.CountryOfLastLegalImport, f.YearOfManufacture, f.EuCategory, f.EuSubcategory,
                f.IsConvertedFromBlankOrAlarm, f.IsReactivated, f.IsPrivatelyMade, f.IsAutomatic, f.LegalStatus)).ToList(),
            incident.Ammunition.OrderBy(a => a.Id).Select(a => new AmmunitionItem(a.Id, a.CalibreId, a.Rounds, a.Lot)).ToList(),
            incident.Explosives.OrderBy(e => e.Id).Select(e => new ExplosiveItem(e.Id, e.Kind, e.Designation, e.Count, e.MassKg)).ToList(),
            incident.Components.OrderBy(c => c.Id).Select(c => new ComponentItem(c.Id, c.Kind, c.CalibreId, c.SerialAsWritten, c.Count)).ToList(),
            persons,
            links.Select(l => new LinkItem(
                l.Id, l.FromKind, l.FromId, names.GetValueOrDefault((l.FromKind, l.FromId), "?"), l.Type, l.ToKind, l.ToId,
                names.GetValueOrDefault((l.ToKind, l.ToId), "?"), l.Confidence, l.ValidFrom)).ToList(),
            incident.Persons.Count,
            withheld);
}
