using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Parties;
using F = FocalPoint.Application.Import.Mapping.ImportField;

namespace FocalPoint.Application.Import.Normalising;

public sealed partial class RowNormaliser
{
    private void ParseItems(ParsedRow row, IReadOnlyList<string?> values)
    {
        var type = map.Get(values, F.FirearmType);
        var serial = map.Get(values, F.Serial);
        var calibre = map.Get(values, F.Calibre);
        if (type is not null || serial is not null || map.Get(values, F.Make) is not null)
        {
            var firearm = new FirearmInput
            {
                Model = map.Get(values, F.Model),
                SerialAsWritten = serial,
                Calibre = Calibre(row, F.Calibre, calibre),
                MarkingStatus = Enum(row, values, F.MarkingStatus, MarkingStatus.Marked),
                LegalStatus = Enum(row, values, F.LegalStatus, FirearmLegalStatus.Unknown),
                CountryOfManufacture = Country(row, values, F.CountryOfManufacture),
                CountryOfLastLegalImport = Country(row, values, F.CountryOfLastLegalImport),
                YearOfManufacture = Integer(row, values, F.YearOfManufacture),
                EuCategory = map.Get(values, F.EuCategory) is null ? null : Enum(row, values, F.EuCategory, EuCategory.A),
                EuSubcategory = Integer(row, values, F.EuSubcategory),
                IsAutomatic = Flag(row, values, F.IsAutomatic),
                IsConvertedFromBlankOrAlarm = Flag(row, values, F.IsConvertedFromBlankOrAlarm),
                IsReactivated = Flag(row, values, F.IsReactivated),
                IsPrivatelyMade = Flag(row, values, F.IsPrivatelyMade),
            };
            if (type is null)
            {
                Error(row, F.FirearmType, null, RowMessages.FirearmTypeRequired, RowMessages.FirearmTypeFix);
            }
            else
            {
                var (match, suggestion) = reference.FirearmTypes.Find(type);
                firearm.FirearmTypeId = match?.Id;
                if (match is null)
                {
                    Unknown(row, F.FirearmType, type, RowMessages.UnknownFirearmType, suggestion, RowMessages.UseOneOf,
                        string.Join(", ", reference.Reference.FirearmTypes.Select(t => t.NameEn)));
                }
            }

            if (map.Get(values, F.Make) is { } make)
            {
                var (match, suggestion) = reference.Makes.Find(make);
                firearm.MakeId = match?.Id;
                if (match is null)
                {
                    Unknown(row, F.Make, make, RowMessages.UnknownMake, suggestion, RowMessages.MakeFix);
                }
            }

            row.Firearm = firearm;
        }

        // Agency files write 0 in the rounds column of a row without ammunition: that is no item, not a bad one.
        var rounds = Integer(row, values, F.Rounds);
        if (rounds is not null and not 0)
        {
            var ammunitionCalibre = map.Get(values, F.AmmunitionCalibre);
            row.Ammunition = new AmmunitionInput
            {
                Rounds = rounds.Value,
                Calibre = ammunitionCalibre is null ? row.Firearm?.Calibre : Calibre(row, F.AmmunitionCalibre, ammunitionCalibre),
                Lot = map.Get(values, F.AmmunitionLot),
            };
        }

        if (map.Get(values, F.ExplosiveKind) is not null)
        {
            row.Explosive = new ExplosiveInput
            {
                Kind = Enum(row, values, F.ExplosiveKind, ExplosiveKind.MilitaryExplosive),
                Count = Integer(row, values, F.ExplosiveCount) ?? 0,
                MassKg = Number(row, values, F.ExplosiveMassKg),
                Designation = map.Get(values, F.ExplosiveDesignation),
            };
        }
    }

    private void ParsePerson(ParsedRow row, IReadOnlyList<string?> values)
    {
        var given = map.Get(values, F.GivenName);
        var family = map.Get(values, F.FamilyName);
        if (given is null && family is null)
        {
            return;
        }

        var person = new ImportPerson
        {
            GivenName = given ?? "",
            FamilyName = family ?? "",
            FatherName = map.Get(values, F.FatherName),
            OriginalScriptName = map.Get(values, F.OriginalScriptName),
            Sex = Enum(row, values, F.Sex, Sex.NotRecorded),
            Nationality = Country(row, values, F.Nationality),
            PersonalNumber = map.Get(values, F.PersonalNumber),
            Role = Enum(row, values, F.Role, PersonRole.Suspect),
        };
        if (map.Get(values, F.DateOfBirth) is { } born)
        {
            if (ValueParsers.TryDate(born, dateOrder, out var date))
            {
                person.DateOfBirth = DateOnly.FromDateTime(date);
            }
            else
            {
                Error(row, F.DateOfBirth, born, RowMessages.NotADate, RowMessages.BirthDateFix);
            }
        }

        row.Person = person;
    }

    private string? Calibre(ParsedRow row, F field, string? spelling)
    {
        if (spelling is null)
        {
            return null;
        }

        var (match, suggestion) = reference.Calibre(spelling);
        if (match is null)
        {
            Unknown(row, field, spelling, RowMessages.UnknownCalibre, suggestion, RowMessages.CalibreFix);
            return null;
        }

        return match.Name;
    }

    private string? Country(ParsedRow row, IReadOnlyList<string?> values, F field)
    {
        if (map.Get(values, field) is not { } text)
        {
            return null;
        }

        var (match, suggestion) = reference.Countries.Find(text);
        if (match is null)
        {
            Unknown(row, field, text, RowMessages.UnknownCountry, suggestion, RowMessages.CountryFix);
        }

        return match?.Code;
    }
}
