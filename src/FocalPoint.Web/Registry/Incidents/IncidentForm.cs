using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using Microsoft.AspNetCore.Components.Forms;

namespace FocalPoint.Web.Registry.Incidents;

/// <summary>Turns a stored incident back into the input the edit form works on.</summary>
internal static class IncidentForm
{
    /// <summary>A new incident defaults to now in Kosovo, to the quarter hour below (not midnight, which reads as "unknown time").</summary>
    public static DateTime DefaultWhen(TimeProvider time)
    {
        var local = KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime);
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute / 15 * 15, 0, DateTimeKind.Unspecified);
    }

    /// <summary>The error path ("Firearms[0].Calibre") of a field the form changed, or null for one that has none.</summary>
    public static string? PathOf(IncidentInput input, FieldIdentifier field) => field.Model switch
    {
        IncidentInput => field.FieldName,
        FirearmInput f => $"Firearms[{input.Firearms.IndexOf(f)}].{field.FieldName}",
        AmmunitionInput a => $"Ammunition[{input.Ammunition.IndexOf(a)}].{field.FieldName}",
        ExplosiveInput e => $"Explosives[{input.Explosives.IndexOf(e)}].{field.FieldName}",
        ComponentInput c => $"Components[{input.Components.IndexOf(c)}].{field.FieldName}",
        PersonPartyInput p => $"Persons[{input.Persons.IndexOf(p)}].{field.FieldName}",
        VehiclePartyInput v => $"Vehicles[{input.Vehicles.IndexOf(v)}].{field.FieldName}",
        IdentifierPartyInput c => $"Identifiers[{input.Identifiers.IndexOf(c)}].{field.FieldName}",
        _ => null,
    };

    public static IncidentInput FromDetails(IncidentDetails d, ReferenceSnapshot reference) => new()
    {
        Version = d.Version,
        Kind = d.Kind,
        OccurredAtLocal = KosovoTime.ToLocal(d.OccurredAtUtc),
        MunicipalityId = d.MunicipalityId,
        PlaceCountryCode = d.Abroad?.CountryCode,
        PlaceRegion = d.Abroad?.Region,
        PlaceName = d.Abroad?.Name,
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
