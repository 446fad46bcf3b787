using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Copies validated input onto an incident and syncs its items by id (new rows added, missing rows removed).</summary>
internal static class IncidentMapper
{
    public static void CheckItemIds(IncidentInput input, Incident incident, ValidationErrors errors)
    {
        CheckIds(errors, "Firearms", input.Firearms.Select(f => f.Id), incident.Firearms);
        CheckIds(errors, "Ammunition", input.Ammunition.Select(a => a.Id), incident.Ammunition);
        CheckIds(errors, "Explosives", input.Explosives.Select(e => e.Id), incident.Explosives);
        CheckIds(errors, "Components", input.Components.Select(c => c.Id), incident.Components);
    }

    public static void Apply(IncidentInput input, Incident incident, ReferenceSnapshot reference)
    {
        var local = input.OccurredAtLocal!.Value;
        incident.Kind = input.Kind;
        incident.OccurredAtUtc = KosovoTime.ToUtc(local);
        incident.OccurredOn = DateOnly.FromDateTime(local);
        PlaceRules.Apply(input, incident, reference);
        incident.CrossingPointId = input.CrossingPointId;
        incident.Latitude = input.Latitude;
        incident.Longitude = input.Longitude;
        incident.Address = Clean(input.Address);
        incident.ReportingAgency = input.ReportingAgency;
        incident.LegalContext = input.LegalContext;
        incident.Narrative = input.Narrative!.Trim();
        incident.SourceReliability = input.SourceReliability;
        incident.InformationAccuracy = input.InformationAccuracy;
        incident.HandlingCode = input.HandlingCode;
        incident.Tlp = input.Tlp;

        Sync(incident.Firearms, input.Firearms, f => f.Id, (source, target) =>
        {
            target.FirearmTypeId = source.FirearmTypeId!.Value;
            target.MakeId = source.MakeId;
            target.Model = Clean(source.Model);
            target.CalibreId = Calibre(reference, source.Calibre);
            target.SerialAsWritten = Clean(source.SerialAsWritten);
            target.SerialNormalised = SerialNumber.Normalise(source.SerialAsWritten);
            target.MarkingStatus = source.MarkingStatus;
            target.CountryOfManufacture = Country(source.CountryOfManufacture);
            target.CountryOfLastLegalImport = Country(source.CountryOfLastLegalImport);
            target.YearOfManufacture = source.YearOfManufacture;
            target.EuCategory = source.EuCategory;
            target.EuSubcategory = source.EuSubcategory;
            target.IsConvertedFromBlankOrAlarm = source.IsConvertedFromBlankOrAlarm;
            target.IsReactivated = source.IsReactivated;
            target.IsPrivatelyMade = source.IsPrivatelyMade;
            target.IsAutomatic = source.IsAutomatic;
            target.LegalStatus = source.LegalStatus;
        });
        Sync(incident.Ammunition, input.Ammunition, a => a.Id, (source, target) =>
        {
            target.CalibreId = Calibre(reference, source.Calibre);
            target.Rounds = source.Rounds;
            target.Lot = Clean(source.Lot);
        });
        Sync(incident.Explosives, input.Explosives, e => e.Id, (source, target) =>
        {
            target.Kind = source.Kind;
            target.Designation = Clean(source.Designation);
            target.Count = source.Count;
            target.MassKg = source.MassKg;
        });
        Sync(incident.Components, input.Components, c => c.Id, (source, target) =>
        {
            target.Kind = source.Kind;
            target.CalibreId = Calibre(reference, source.Calibre);
            target.SerialAsWritten = Clean(source.SerialAsWritten);
            target.SerialNormalised = SerialNumber.Normalise(source.SerialAsWritten);
            target.Count = source.Count;
        });
    }

    private static void CheckIds<T>(ValidationErrors errors, string field, IEnumerable<long?> ids, List<T> existing)
        where T : AuditableEntity
    {
        var known = existing.Select(e => e.Id).ToHashSet();
        if (ids.Any(id => id is { } value && !known.Contains(value)))
        {
            errors.Add(field, Messages.ForeignItem);
        }
    }

    private static void Sync<TInput, TEntity>(List<TEntity> existing, List<TInput> inputs, Func<TInput, long?> idOf, Action<TInput, TEntity> copy)
        where TEntity : AuditableEntity, new()
    {
        var kept = inputs.Select(idOf).OfType<long>().ToHashSet();
        existing.RemoveAll(e => e.Id != 0 && !kept.Contains(e.Id));
        foreach (var input in inputs)
        {
            var target = idOf(input) is { } id ? existing.First(e => e.Id == id) : new TEntity();
            copy(input, target);
            if (target.Id == 0 && !existing.Contains(target))
            {
                existing.Add(target);
            }
        }
    }

    private static int? Calibre(ReferenceSnapshot reference, string? spelling) =>
        string.IsNullOrWhiteSpace(spelling) ? null : reference.FindCalibre(spelling)!.Id;

    private static string? Country(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
