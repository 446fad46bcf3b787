using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Domain.Items;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Rules for the items of an incident: reference data, ranges, and one serial once per incident.</summary>
internal sealed class ItemValidator(ReferenceSnapshot reference, TimeProvider time)
{
    public const int MaxItemsPerKind = 500;

    public void Check(IncidentInput input, ValidationErrors errors)
    {
        if (input.Firearms.Count > MaxItemsPerKind || input.Ammunition.Count > MaxItemsPerKind
            || input.Explosives.Count > MaxItemsPerKind || input.Components.Count > MaxItemsPerKind)
        {
            errors.Add("Items", Messages.ItemsPerKind, MaxItemsPerKind);
            return;
        }

        var serials = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Firearms.Count; i++)
        {
            CheckFirearm(input.Firearms[i], $"Firearms[{i}]", serials, errors);
        }

        for (var i = 0; i < input.Ammunition.Count; i++)
        {
            var ammunition = input.Ammunition[i];
            CheckCalibre(errors, $"Ammunition[{i}].Calibre", ammunition.Calibre, required: false);
            if (ammunition.Rounds is < 1 or > 10_000_000)
            {
                errors.Add($"Ammunition[{i}].Rounds", Messages.Between, 1, 10_000_000);
            }

            TextRules.Check(errors, $"Ammunition[{i}].Lot", ammunition.Lot, 60);
        }

        for (var i = 0; i < input.Explosives.Count; i++)
        {
            var explosive = input.Explosives[i];
            IncidentValidator.CheckEnum(errors, $"Explosives[{i}].Kind", explosive.Kind);
            TextRules.Check(errors, $"Explosives[{i}].Designation", explosive.Designation, 80);
            if (explosive.Count is < 0 or > 1_000_000)
            {
                errors.Add($"Explosives[{i}].Count", Messages.Between, 0, 1_000_000);
            }

            if (explosive.MassKg is < 0 or > 1_000_000 || explosive.MassKg is double.NaN)
            {
                errors.Add($"Explosives[{i}].MassKg", Messages.Between, 0, 1_000_000);
            }

            if (explosive.Count == 0 && explosive.MassKg is null or 0)
            {
                errors.Add($"Explosives[{i}].Count", Messages.CountOrMass);
            }
        }

        for (var i = 0; i < input.Components.Count; i++)
        {
            var component = input.Components[i];
            IncidentValidator.CheckEnum(errors, $"Components[{i}].Kind", component.Kind);
            CheckCalibre(errors, $"Components[{i}].Calibre", component.Calibre, required: false);
            TextRules.Check(errors, $"Components[{i}].SerialAsWritten", component.SerialAsWritten, Firearm.MaxSerialLength);
            if (component.Count is < 1 or > 100_000)
            {
                errors.Add($"Components[{i}].Count", Messages.Between, 1, 100_000);
            }
        }
    }

    private void CheckFirearm(FirearmInput firearm, string path, HashSet<string> serials, ValidationErrors errors)
    {
        if (firearm.FirearmTypeId is not { } type || !reference.FirearmTypeById.ContainsKey(type))
        {
            // The API client is told the accepted ids; the form shows a short message beside its list.
            errors.Add($"{path}.FirearmTypeId", firearm.FirearmTypeId is null ? Messages.FirearmTypeMissing : Messages.FirearmTypeUnknown,
                string.Join(", ", reference.FirearmTypes.Select(t => $"{t.Id} {t.Code}")));
        }

        if (firearm.MakeId is { } make && !reference.MakeById.ContainsKey(make))
        {
            errors.Add($"{path}.MakeId", Messages.UnknownMake, string.Join(", ", reference.Makes.Select(m => $"{m.Id} {m.Name}")));
        }

        CheckCalibre(errors, $"{path}.Calibre", firearm.Calibre, required: false);
        TextRules.Check(errors, $"{path}.Model", firearm.Model, Firearm.MaxModelLength);
        TextRules.Check(errors, $"{path}.SerialAsWritten", firearm.SerialAsWritten, Firearm.MaxSerialLength);
        if (SerialNumber.Normalise(firearm.SerialAsWritten) is { } serial && !serials.Add(serial))
        {
            errors.Add($"{path}.SerialAsWritten", Messages.SerialTwice, serial);
        }

        CheckCountry(errors, $"{path}.CountryOfManufacture", firearm.CountryOfManufacture);
        CheckCountry(errors, $"{path}.CountryOfLastLegalImport", firearm.CountryOfLastLegalImport);
        if (firearm.YearOfManufacture is { } year && (year < 1800 || year > time.GetUtcNow().Year))
        {
            errors.Add($"{path}.YearOfManufacture", Messages.Between, 1800, time.GetUtcNow().Year);
        }

        if (firearm.EuSubcategory is { } sub && (firearm.EuCategory is null || sub is < 1 or > 12))
        {
            errors.Add($"{path}.EuSubcategory", Messages.EuSubcategory);
        }

        IncidentValidator.CheckEnum(errors, $"{path}.MarkingStatus", firearm.MarkingStatus);
        IncidentValidator.CheckEnum(errors, $"{path}.LegalStatus", firearm.LegalStatus);
        if (firearm.EuCategory is { } category)
        {
            IncidentValidator.CheckEnum(errors, $"{path}.EuCategory", category);
        }
    }

    private void CheckCalibre(ValidationErrors errors, string field, string? calibre, bool required)
    {
        if (string.IsNullOrWhiteSpace(calibre))
        {
            if (required)
            {
                errors.Add(field, Messages.Required);
            }
        }
        else if (calibre.Length > 60 || reference.FindCalibre(calibre) is null)
        {
            errors.Add(field, Messages.UnknownCalibre, string.Join(", ", reference.Calibres.Select(c => c.Name)));
        }
    }

    private void CheckCountry(ValidationErrors errors, string field, string? code)
    {
        if (!string.IsNullOrWhiteSpace(code) && !reference.CountryByCode.ContainsKey(code.Trim()))
        {
            errors.Add(field, Messages.UnknownCountry, string.Join(" ", reference.Countries.Select(c => c.Code)));
        }
    }
}
