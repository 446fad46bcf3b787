using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;

namespace FocalPoint.Web.Registry.Incidents;

/// <summary>Turns a stored incident back into the input the edit form works on.</summary>
internal static class IncidentForm
{
    public static IncidentInput FromDetails(IncidentDetails d, ReferenceSnapshot reference) => new()
    {
        Version = d.Version,
        Kind = d.Kind,
        OccurredAtLocal = KosovoTime.ToLocal(d.OccurredAtUtc),
        MunicipalityId = d.MunicipalityId,
        CrossingPointId = d.CrossingPointId,
        Latitude = d.Latitude,
        Longitude = d.Longitude,
        Address = d.Address,
        ReportingAgency = d.ReportingAgency,
        LegalContext = d.LegalContext,
        Narrative = d.Narrative,
        SourceReliability = d.SourceReliability,
        InformationAccuracy = d.InformationAccuracy,
        HandlingCode = d.HandlingCode,
        Tlp = d.Tlp,
        Firearms = d.Firearms.Select(f => new FirearmInput
        {
            Id = f.Id, FirearmTypeId = f.FirearmTypeId, MakeId = f.MakeId, Model = f.Model,
            Calibre = f.CalibreId is { } c ? reference.CalibreById[c].Name : null, SerialAsWritten = f.SerialAsWritten,
            MarkingStatus = f.MarkingStatus, CountryOfManufacture = f.CountryOfManufacture, CountryOfLastLegalImport = f.CountryOfLastLegalImport,
            YearOfManufacture = f.YearOfManufacture, EuCategory = f.EuCategory, EuSubcategory = f.EuSubcategory,
            IsConvertedFromBlankOrAlarm = f.IsConvertedFromBlankOrAlarm, IsReactivated = f.IsReactivated, IsPrivatelyMade = f.IsPrivatelyMade,
            IsAutomatic = f.IsAutomatic, LegalStatus = f.LegalStatus,
        }).ToList(),
        Ammunition = d.Ammunition.Select(a => new AmmunitionInput
        {
            Id = a.Id, Calibre = a.CalibreId is { } c ? reference.CalibreById[c].Name : null, Rounds = a.Rounds, Lot = a.Lot,
        }).ToList(),
        Explosives = d.Explosives.Select(e => new ExplosiveInput { Id = e.Id, Kind = e.Kind, Designation = e.Designation, Count = e.Count, MassKg = e.MassKg }).ToList(),
        Components = d.Components.Select(c => new ComponentInput
        {
            Id = c.Id, Kind = c.Kind, Calibre = c.CalibreId is { } cal ? reference.CalibreById[cal].Name : null, SerialAsWritten = c.SerialAsWritten, Count = c.Count,
        }).ToList(),
    };
}
