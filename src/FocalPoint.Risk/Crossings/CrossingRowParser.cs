namespace FocalPoint.Risk.Crossings;

/// <summary>
/// Turns one row's cells into a crossing record or a row error, whatever the row came from (the fast CSV reader, a
/// sheet, a JSON Lines file). Codes with few distinct values are shared strings, so ten million rows do not hold ten
/// million copies of "KS-MRD".
/// </summary>
public sealed class CrossingRowParser
{
    private readonly Dictionary<string, string> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codeLookup;
    private readonly int id, time, point, direction, plate, plateCountry, vehicleType, origin, cargo;
    private readonly (int Name, int Birth, int Document)[] persons;

    /// <param name="headers">The documented column names (<see cref="CrossingColumns"/>), in the file's order; others are ignored.</param>
    /// <exception cref="CrossingFileException">A required column is missing.</exception>
    public CrossingRowParser(IReadOnlyList<string> headers)
    {
        codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++) names.TryAdd(headers[i].Trim(), i);
        var missing = MissingColumns(headers);
        if (missing.Count > 0)
            throw new CrossingFileException($"Required columns missing: {string.Join(", ", missing)}.") { Headers = [.. headers], Missing = missing };
        int At(string name) => names.TryGetValue(name, out var i) ? i : -1;
        (id, time, point, direction) = (At(CrossingColumns.Id), At(CrossingColumns.Time), At(CrossingColumns.CrossingPoint), At(CrossingColumns.Direction));
        (plate, plateCountry, vehicleType) = (At(CrossingColumns.Plate), At(CrossingColumns.PlateCountry), At(CrossingColumns.VehicleType));
        (origin, cargo) = (At(CrossingColumns.OriginCountry), At(CrossingColumns.Cargo));
        var slots = new List<(int, int, int)>();
        for (var n = 1; At(CrossingColumns.PersonName(n)) >= 0; n++)
            slots.Add((At(CrossingColumns.PersonName(n)), At(CrossingColumns.PersonBirthDate(n)), At(CrossingColumns.PersonDocument(n))));
        persons = [.. slots];
    }

    /// <summary>The required documented columns these headers lack.</summary>
    public static IReadOnlyList<string> MissingColumns(IEnumerable<string> headers)
    {
        var present = new HashSet<string>(headers.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        return CrossingColumns.Required.Where(c => !present.Contains(c)).ToList();
    }

    /// <summary>Parses one row; always true (the row was read), with either a record or an error.</summary>
    public bool TryParse<TCells>(TCells fields, long lineNumber, out CrossingRecord? record, out CrossingRowError? error)
        where TCells : ICrossingCells
    {
        record = null;
        error = null;
        var key = fields[id];
        if (key.IsEmpty) { error = new(lineNumber, null, CrossingColumns.Id, "The id is empty."); return true; }
        if (key.Length > CrossingColumns.MaxIdLength) { error = new(lineNumber, null, CrossingColumns.Id, CrossingFields.TooLong(CrossingColumns.MaxIdLength)); return true; }
        var recordId = key.ToString();
        if (!CrossingFields.TryTime(fields[time], out var at))
        { error = new(lineNumber, recordId, CrossingColumns.Time, CrossingFields.TimeProblem(fields[time])); return true; }
        var pointCode = fields[point];
        if (pointCode.IsEmpty) { error = new(lineNumber, recordId, CrossingColumns.CrossingPoint, "The crossing point is empty."); return true; }
        if (pointCode.Length > CrossingColumns.MaxCodeLength)
        { error = new(lineNumber, recordId, CrossingColumns.CrossingPoint, CrossingFields.TooLong(CrossingColumns.MaxCodeLength)); return true; }
        // The hit queue stores the plate: a longer one is a misread column, not a plate.
        if (fields[plate].Length > CrossingColumns.MaxPlateLength)
        { error = new(lineNumber, recordId, CrossingColumns.Plate, CrossingFields.TooLong(CrossingColumns.MaxPlateLength)); return true; }
        if (!CrossingFields.TryDirection(fields[direction], out var way))
        { error = new(lineNumber, recordId, CrossingColumns.Direction, CrossingFields.DirectionProblem(fields[direction])); return true; }
        var travellers = ReadPersons(fields, lineNumber, recordId, out error);
        if (error is not null) return true;
        record = new CrossingRecord(recordId, at, Code(pointCode), way, fields[plate].ToString(), Code(fields[plateCountry]),
            Code(fields[vehicleType]), Code(fields[origin]), Code(fields[cargo]), travellers);
        return true;
    }

    private CrossingPerson[] ReadPersons<TCells>(TCells fields, long lineNumber, string recordId, out CrossingRowError? error)
        where TCells : ICrossingCells
    {
        error = null;
        var count = 0;
        foreach (var slot in persons) if (!fields[slot.Name].IsEmpty) count++;
        if (count == 0) return [];
        var result = new CrossingPerson[count];
        var k = 0;
        foreach (var (name, birth, document) in persons)
        {
            if (fields[name].IsEmpty) continue;
            DateOnly? born = null;
            var birthText = fields[birth];
            if (!birthText.IsEmpty)
            {
                if (!CrossingFields.TryBirthDate(birthText, out var d))
                {
                    error = new(lineNumber, recordId, "birth_date", CrossingFields.BirthDateProblem(k + 1));
                    return [];
                }
                born = d;
            }
            var doc = fields[document];
            result[k++] = new CrossingPerson(fields[name].ToString(), born, doc.IsEmpty ? null : doc.ToString());
        }
        return result;
    }

    // Few distinct values, many rows: one shared string each; unbounded free text is left unshared past a cap.
    private string Code(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return string.Empty;
        if (codeLookup.TryGetValue(text, out var shared)) return shared;
        var value = text.ToString();
        if (codes.Count < 100_000) codes[value] = value;
        return value;
    }
}
