using System.Text.RegularExpressions;
using FocalPoint.Application.Common;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Import.Normalising;

/// <summary>
/// Groups consecutive rows that share a key into one incident, builds its <see cref="IncidentInput"/> and checks it with
/// the registry's own <see cref="IncidentValidator"/>: an imported record passes exactly the rules a form does.
/// </summary>
public sealed partial class RecordAssembler(RowNormaliser normaliser, IncidentValidator validator, ReferenceMatcher reference, ColumnMap map, string source)
{
    public IEnumerable<ImportCandidate> Assemble(IEnumerable<SourceRow> rows)
    {
        ImportCandidate? current = null;
        foreach (var row in rows)
        {
            var parsed = normaliser.Parse(row);
            if (current is not null && (parsed.Key is null || parsed.Key != current.Parsed[0].Key))
            {
                yield return Complete(current);
                current = null;
            }

            current ??= new ImportCandidate();
            current.Rows.Add(row);
            current.Parsed.Add(parsed);
        }

        if (current is not null)
        {
            yield return Complete(current);
        }
    }

    private ImportCandidate Complete(ImportCandidate candidate)
    {
        candidate.ComputeHashes(source);
        var first = candidate.Parsed[0];
        var input = new IncidentInput
        {
            Kind = first.Kind, OccurredAtLocal = first.OccurredAtLocal, MunicipalityId = first.MunicipalityId, CrossingPointId = first.CrossingPointId,
            PlaceCountryCode = first.PlaceCountryCode, PlaceRegion = first.PlaceRegion, PlaceName = first.PlaceName,
            Latitude = first.Latitude, Longitude = first.Longitude, Address = first.Address, ReportingAgency = first.ReportingAgency,
            LegalContext = first.LegalContext, Narrative = first.Narrative, Tlp = first.Tlp, HandlingCode = first.HandlingCode,
            SourceReliability = first.SourceReliability, InformationAccuracy = first.InformationAccuracy,
        };
        var itemRows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var parsed in candidate.Parsed)
        {
            candidate.Errors.AddRange(parsed.Errors);
            Add(input.Firearms, parsed.Firearm, "Firearms", parsed.RowNumber, itemRows);
            Add(input.Ammunition, parsed.Ammunition, "Ammunition", parsed.RowNumber, itemRows);
            Add(input.Explosives, parsed.Explosive, "Explosives", parsed.RowNumber, itemRows);
            if (parsed.Person is { } person)
            {
                CheckPerson(person, parsed.RowNumber, candidate.Errors);
                candidate.Persons.Add(person);
            }
        }

        candidate.Input = input;
        if (candidate.Errors.Count == 0)
        {
            var errors = validator.Validate(input, reference.Reference);
            if (!errors.IsEmpty)
            {
                foreach (var (field, messages) in errors.Entries)
                {
                    var row = ItemPrefix().Match(field) is { Success: true } m && itemRows.TryGetValue(m.Value, out var r) ? r : candidate.FirstRow;
                    candidate.Errors.AddRange(messages.Select(message => RowError.Of(row, ColumnFor(field), message, Shorten(message.English))));
                }
            }
        }

        return candidate;
    }

    private static void Add<T>(List<T> items, T? item, string kind, long row, Dictionary<string, long> itemRows)
        where T : class
    {
        if (item is not null)
        {
            itemRows[$"{kind}[{items.Count}]"] = row;
            items.Add(item);
        }
    }

    private void CheckPerson(ImportPerson person, long row, List<RowError> errors)
    {
        var check = new ValidationErrors();
        TextRules.Check(check, map.ColumnOf(ImportField.GivenName), person.GivenName, Person.MaxNameLength, required: true);
        TextRules.Check(check, map.ColumnOf(ImportField.FamilyName), person.FamilyName, Person.MaxNameLength, required: true);
        TextRules.Check(check, map.ColumnOf(ImportField.FatherName), person.FatherName, Person.MaxNameLength);
        TextRules.Check(check, map.ColumnOf(ImportField.PersonalNumber), person.PersonalNumber, 40);
        if (person.DateOfBirth is { Year: < 1900 })
        {
            check.Add(map.ColumnOf(ImportField.DateOfBirth), RowMessages.BornFrom1900);
        }

        foreach (var (field, messages) in check.Entries)
        {
            errors.AddRange(messages.Select(message => RowError.Of(row, field, message, message.English)));
        }
    }

    private string ColumnFor(string inputPath)
    {
        var property = inputPath[(inputPath.LastIndexOf('.') + 1)..];
        var field = property switch
        {
            "OccurredAtLocal" => ImportField.OccurredAt,
            "MunicipalityId" or "PlaceName" => ImportField.Municipality,
            "PlaceCountryCode" => ImportField.PlaceCountry,
            "CrossingPointId" => ImportField.CrossingPoint,
            "FirearmTypeId" => ImportField.FirearmType,
            "MakeId" => ImportField.Make,
            "SerialAsWritten" => ImportField.Serial,
            "Count" => ImportField.ExplosiveCount,
            "MassKg" => ImportField.ExplosiveMassKg,
            "Calibre" when inputPath.StartsWith("Ammunition", StringComparison.Ordinal) => ImportField.AmmunitionCalibre,
            _ => Enum.TryParse<ImportField>(property, out var f) ? f : (ImportField?)null,
        };
        return field is { } known ? map.ColumnOf(known) : inputPath;
    }

    /// <summary>The validator lists every accepted value; a row error names the problem and leaves the list to the suggestion.</summary>
    private static string Shorten(string message) =>
        message.IndexOf(" Accepted:", StringComparison.Ordinal) is var cut and > 0 ? message[..cut] : message;

    [GeneratedRegex(@"^\w+\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPrefix();
}
