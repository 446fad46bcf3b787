using System.Text.Json;

namespace FocalPoint.Risk.Crossings;

/// <summary>
/// The documented JSON shape of a crossing record (docs/crossings.md): the CSV's column names as properties, the
/// travellers as a "persons" array of { name, birth_date, document }, driver first. Unknown properties are refused,
/// so that a misspelt field is reported rather than silently ignored.
/// </summary>
public static class CrossingJson
{
    /// <summary>The travellers' array.</summary>
    public const string Persons = "persons";

    /// <summary>Longest free text (cargo, names, documents) and most travellers on one record.</summary>
    public const int MaxTextLength = 500, MaxPersons = 60;

    private static readonly HashSet<string> Known = [CrossingColumns.Id, CrossingColumns.Time, CrossingColumns.CrossingPoint, CrossingColumns.Direction,
        CrossingColumns.Plate, CrossingColumns.PlateCountry, CrossingColumns.VehicleType, CrossingColumns.OriginCountry, CrossingColumns.Cargo, Persons];

    private static readonly HashSet<string> KnownPerson = ["name", "birth_date", "document"];

    /// <summary>
    /// Reads one record; on any problem adds every problem found to <paramref name="errors"/> and returns null.
    /// </summary>
    public static CrossingRecord? Read(JsonElement element, int index, ICollection<CrossingFieldError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(index, null, "", "A record must be a JSON object."));
            return null;
        }

        var before = errors.Count;
        var id = Text(element, CrossingColumns.Id, index, null, errors, CrossingColumns.MaxIdLength, required: true);
        void Fail(string field, string message) => errors.Add(new(index, id, field, message));
        foreach (var property in element.EnumerateObject())
        {
            if (!Known.Contains(property.Name)) Fail(property.Name, $"Unknown field '{Clip(property.Name)}'.");
        }

        var timeText = Text(element, CrossingColumns.Time, index, id, errors, 40, required: true);
        var time = default(DateTime);
        if (timeText is not null && !CrossingFields.TryTime(timeText, out time)) Fail(CrossingColumns.Time, CrossingFields.TimeProblem(timeText));
        var point = Text(element, CrossingColumns.CrossingPoint, index, id, errors, CrossingColumns.MaxCodeLength, required: true);
        var directionText = Text(element, CrossingColumns.Direction, index, id, errors, 10, required: true);
        var direction = Direction.Entry;
        if (directionText is not null && !CrossingFields.TryDirection(directionText, out direction))
            Fail(CrossingColumns.Direction, CrossingFields.DirectionProblem(directionText));
        var plate = Text(element, CrossingColumns.Plate, index, id, errors, CrossingColumns.MaxPlateLength);
        var plateCountry = Text(element, CrossingColumns.PlateCountry, index, id, errors, CrossingColumns.MaxCodeLength);
        var vehicleType = Text(element, CrossingColumns.VehicleType, index, id, errors, CrossingColumns.MaxCodeLength);
        var origin = Text(element, CrossingColumns.OriginCountry, index, id, errors, CrossingColumns.MaxCodeLength);
        var cargo = Text(element, CrossingColumns.Cargo, index, id, errors, MaxTextLength);
        var persons = ReadPersons(element, index, id, errors);
        if (errors.Count > before) return null;
        return new CrossingRecord(id!, time, point!, direction, plate ?? "", plateCountry ?? "", vehicleType ?? "", origin ?? "", cargo ?? "", persons);
    }

    private static CrossingPerson[] ReadPersons(JsonElement element, int index, string? id, ICollection<CrossingFieldError> errors)
    {
        if (!element.TryGetProperty(Persons, out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(index, id, Persons, "Must be an array of persons."));
            return [];
        }

        if (list.GetArrayLength() > MaxPersons)
        {
            errors.Add(new(index, id, Persons, $"At most {MaxPersons} persons on one record."));
            return [];
        }

        var result = new List<CrossingPerson>();
        var n = 0;
        foreach (var person in list.EnumerateArray())
        {
            var at = $"{Persons}[{n++}]";
            if (person.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(index, id, at, "A person must be a JSON object."));
                continue;
            }

            foreach (var property in person.EnumerateObject())
            {
                if (!KnownPerson.Contains(property.Name)) errors.Add(new(index, id, $"{at}.{Clip(property.Name)}", $"Unknown field '{Clip(property.Name)}'."));
            }

            var name = Text(person, "name", index, id, errors, MaxTextLength, required: true, prefix: at);
            var birth = Text(person, "birth_date", index, id, errors, 20, prefix: at);
            DateOnly? born = null;
            if (birth is not null)
            {
                if (CrossingFields.TryBirthDate(birth, out var date)) born = date;
                else errors.Add(new(index, id, $"{at}.birth_date", CrossingFields.BirthDateProblem(n)));
            }

            var document = Text(person, "document", index, id, errors, MaxTextLength, prefix: at);
            if (name is not null) result.Add(new CrossingPerson(name, born, document));
        }

        return [.. result];
    }

    // A string field: absent or null is empty (refused when required); any other JSON type is refused, never coerced.
    // The value is never echoed: names, birth dates and documents are personal data.
    private static string? Text(JsonElement element, string name, int index, string? id, ICollection<CrossingFieldError> errors, int maxLength,
        bool required = false, string? prefix = null)
    {
        var field = prefix is null ? name : $"{prefix}.{name}";
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add(new(index, id, field, "Required."));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(index, id, field, "Must be a string."));
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required) errors.Add(new(index, id, field, "Required."));
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new(index, id, field, CrossingFields.TooLong(maxLength)));
            return null;
        }

        return text;
    }

    private static string Clip(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
