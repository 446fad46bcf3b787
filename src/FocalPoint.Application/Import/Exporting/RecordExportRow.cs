using System.Globalization;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Incidents;
using F = FocalPoint.Application.Import.Mapping.ImportField;

namespace FocalPoint.Application.Import.Exporting;

/// <summary>
/// The rows of one incident as the importer reads them back: headers are the importer's own field names (its suggested
/// mapping takes them as they are), the first row holds the incident and its first item of each kind and first person,
/// further rows with the same key hold the next ones. Reference data by code, times as UTC instants with their offset.
/// </summary>
internal static class RecordExportRow
{
    private static readonly F[] IncidentFields =
    [
        F.Key, F.OccurredAt, F.Kind, F.Municipality, F.PlaceCountry, F.PlaceRegion, F.CrossingPoint, F.Address, F.Latitude, F.Longitude, F.ReportingAgency, F.LegalContext,
        F.Narrative, F.Tlp, F.HandlingCode, F.SourceReliability, F.InformationAccuracy,
    ];

    private static readonly F[] ItemFields =
    [
        F.FirearmType, F.Make, F.Model, F.Calibre, F.Serial, F.MarkingStatus, F.LegalStatus, F.CountryOfManufacture, F.CountryOfLastLegalImport,
        F.YearOfManufacture, F.EuCategory, F.EuSubcategory, F.IsAutomatic, F.IsConvertedFromBlankOrAlarm, F.IsReactivated, F.IsPrivatelyMade,
        F.AmmunitionCalibre, F.Rounds, F.AmmunitionLot, F.ExplosiveKind, F.ExplosiveDesignation, F.ExplosiveCount, F.ExplosiveMassKg,
    ];

    private static readonly F[] PersonFields =
    [
        F.GivenName, F.FamilyName, F.FatherName, F.OriginalScriptName, F.DateOfBirth, F.Sex, F.Nationality, F.PersonalNumber, F.Role,
    ];

    public static IReadOnlyList<F> Columns(bool withPersons) => [.. IncidentFields, .. ItemFields, .. withPersons ? PersonFields : []];

    public static IEnumerable<string?[]> Rows(Incident incident, ReferenceSnapshot reference, IReadOnlyList<F> columns)
    {
        var persons = columns.Contains(F.GivenName) ? incident.Persons.OrderBy(p => p.Id).ToList() : [];
        var firearms = incident.Firearms.OrderBy(f => f.Id).ToList();
        var ammunition = incident.Ammunition.OrderBy(a => a.Id).ToList();
        var explosives = incident.Explosives.OrderBy(e => e.Id).ToList();
        var count = Math.Max(1, new[] { persons.Count, firearms.Count, ammunition.Count, explosives.Count }.Max());
        for (var n = 0; n < count; n++)
        {
            var values = new Dictionary<F, string?>();
            Incident(values, incident, reference);
            if (n < firearms.Count)
            {
                Firearm(values, firearms[n], reference);
            }

            if (n < ammunition.Count)
            {
                var a = ammunition[n];
                // An empty ammunition calibre on a firearm's row would take the firearm's: write it out explicitly.
                values[F.AmmunitionCalibre] = Calibre(a.CalibreId, reference);
                (values[F.Rounds], values[F.AmmunitionLot]) = (Invariant(a.Rounds), a.Lot);
            }

            if (n < explosives.Count)
            {
                var e = explosives[n];
                (values[F.ExplosiveKind], values[F.ExplosiveDesignation]) = (e.Kind.ToString(), e.Designation);
                (values[F.ExplosiveCount], values[F.ExplosiveMassKg]) = (Invariant(e.Count), e.MassKg?.ToString("R", CultureInfo.InvariantCulture));
            }

            if (n < persons.Count)
            {
                Person(values, persons[n]);
            }

            yield return [.. columns.Select(c => values.GetValueOrDefault(c))];
        }
    }

    private static void Incident(Dictionary<F, string?> values, Incident i, ReferenceSnapshot reference)
    {
        values[F.Key] = i.Reference;
        values[F.OccurredAt] = DateTime.SpecifyKind(i.OccurredAtUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        values[F.Kind] = i.Kind.ToString();
        values[F.Municipality] = i.MunicipalityId is { } municipality ? reference.MunicipalityById.GetValueOrDefault(municipality)?.Code : i.PlaceName;
        values[F.PlaceCountry] = i.PlaceCountryCode;
        values[F.PlaceRegion] = i.PlaceRegion;
        values[F.CrossingPoint] = i.CrossingPointId is { } c ? reference.CrossingPointById.GetValueOrDefault(c)?.Code : null;
        values[F.Address] = i.Address;
        values[F.Latitude] = i.Latitude?.ToString("R", CultureInfo.InvariantCulture);
        values[F.Longitude] = i.Longitude?.ToString("R", CultureInfo.InvariantCulture);
        (values[F.ReportingAgency], values[F.LegalContext], values[F.Narrative]) = (i.ReportingAgency.ToString(), i.LegalContext.ToString(), i.Narrative);
        (values[F.Tlp], values[F.HandlingCode]) = (i.Tlp.ToString(), i.HandlingCode.ToString());
        (values[F.SourceReliability], values[F.InformationAccuracy]) = (i.SourceReliability.ToString(), i.InformationAccuracy.ToString());
    }

    private static void Firearm(Dictionary<F, string?> values, Domain.Items.Firearm f, ReferenceSnapshot reference)
    {
        values[F.FirearmType] = reference.FirearmTypeById.GetValueOrDefault(f.FirearmTypeId)?.Code;
        values[F.Make] = f.MakeId is { } make ? reference.MakeById.GetValueOrDefault(make)?.Name : null;
        (values[F.Model], values[F.Calibre], values[F.Serial]) = (f.Model, Calibre(f.CalibreId, reference), f.SerialAsWritten);
        (values[F.MarkingStatus], values[F.LegalStatus]) = (f.MarkingStatus.ToString(), f.LegalStatus.ToString());
        (values[F.CountryOfManufacture], values[F.CountryOfLastLegalImport]) = (f.CountryOfManufacture, f.CountryOfLastLegalImport);
        values[F.YearOfManufacture] = f.YearOfManufacture is { } year ? Invariant(year) : null;
        (values[F.EuCategory], values[F.EuSubcategory]) = (f.EuCategory?.ToString(), f.EuSubcategory is { } sub ? Invariant(sub) : null);
        (values[F.IsAutomatic], values[F.IsConvertedFromBlankOrAlarm]) = (Flag(f.IsAutomatic), Flag(f.IsConvertedFromBlankOrAlarm));
        (values[F.IsReactivated], values[F.IsPrivatelyMade]) = (Flag(f.IsReactivated), Flag(f.IsPrivatelyMade));
    }

    private static void Person(Dictionary<F, string?> values, Domain.Parties.IncidentPerson link)
    {
        var p = link.Person!;
        (values[F.GivenName], values[F.FamilyName], values[F.FatherName], values[F.OriginalScriptName]) = (p.GivenName, p.FamilyName, p.FatherName, p.OriginalScriptName);
        values[F.DateOfBirth] = p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (values[F.Sex], values[F.Nationality], values[F.PersonalNumber], values[F.Role]) = (p.Sex.ToString(), p.Nationality, p.PersonalNumber, link.Role.ToString());
    }

    private static string? Calibre(int? id, ReferenceSnapshot reference) => id is { } c ? reference.CalibreById.GetValueOrDefault(c)?.Name : null;

    private static string Flag(bool value) => value ? "yes" : "no";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
