using FocalPoint.Application.Common;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Registry.Incidents;

/// <summary>Checks the persons, vehicles and identifiers added to an incident, before anything is read or written.</summary>
internal static class PartyValidator
{
    public const int MaxPartiesPerKind = 50;

    public static void Check(IncidentInput input, DateOnly today, ValidationErrors errors)
    {
        if (input.Persons.Count > MaxPartiesPerKind || input.Vehicles.Count > MaxPartiesPerKind || input.Identifiers.Count > MaxPartiesPerKind)
        {
            errors.Add("Parties", Messages.ItemsPerKind, MaxPartiesPerKind);
            return;
        }

        for (var i = 0; i < input.Persons.Count; i++)
        {
            var person = input.Persons[i];
            IncidentValidator.CheckEnum(errors, $"Persons[{i}].Role", person.Role);
            if (person.PersonId is not null)
            {
                continue;
            }

            TextRules.Check(errors, $"Persons[{i}].GivenName", person.GivenName, Person.MaxNameLength, required: true);
            TextRules.Check(errors, $"Persons[{i}].FamilyName", person.FamilyName, Person.MaxNameLength, required: true);
            IncidentValidator.CheckEnum(errors, $"Persons[{i}].Sex", person.Sex);
            if (person.DateOfBirth is { Year: < 1900 } || person.DateOfBirth > today)
            {
                errors.Add($"Persons[{i}].DateOfBirth", Messages.Between, new DateOnly(1900, 1, 1), today);
            }
        }

        if (input.Persons.Where(p => p.PersonId is not null).GroupBy(p => p.PersonId).Any(g => g.Count() > 1))
        {
            errors.Add("Persons", Messages.PersonTwice);
        }

        for (var i = 0; i < input.Vehicles.Count; i++)
        {
            var vehicle = input.Vehicles[i];
            if (vehicle.VehicleId is not null)
            {
                continue;
            }

            TextRules.Check(errors, $"Vehicles[{i}].Plate", vehicle.Plate, 20, required: true);
            TextRules.Check(errors, $"Vehicles[{i}].Make", vehicle.Make, 60);
            TextRules.Check(errors, $"Vehicles[{i}].Model", vehicle.Model, 60);
        }

        for (var i = 0; i < input.Identifiers.Count; i++)
        {
            var identifier = input.Identifiers[i];
            IncidentValidator.CheckEnum(errors, $"Identifiers[{i}].Kind", identifier.Kind);
            if (identifier.IdentifierId is null)
            {
                TextRules.Check(errors, $"Identifiers[{i}].Value", identifier.Value, 200, required: true);
            }
        }
    }
}
