namespace FocalPoint.Risk.Crossings;

/// <summary>
/// Reads the documented crossings CSV (<see cref="CrossingColumns"/>) from a text stream, one record or one row error
/// at a time, in bounded memory. Codes with few distinct values are shared strings, so ten million rows do not hold
/// ten million copies of "KS-MRD".
/// </summary>
public sealed class CrossingCsvReader
{
    private readonly LineReader lines;
    private readonly CsvLine fields = new();
    private readonly Dictionary<string, string> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codeLookup;
    private readonly int id, time, point, direction, plate, plateCountry, vehicleType, origin, cargo;
    private readonly (int Name, int Birth, int Document)[] persons;
    private long lineNumber = 1;

    /// <summary>Reads the header; throws <see cref="CrossingFileException"/> when required columns are missing.</summary>
    public CrossingCsvReader(TextReader reader)
    {
        lines = new LineReader(reader);
        codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lines.TryRead(out var header) || !fields.Split(header))
            throw new CrossingFileException("The file is empty: the first line must name the columns.");
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++) names.TryAdd(fields[i].ToString().TrimStart('\uFEFF'), i);
        var missing = CrossingColumns.Required.Where(c => !names.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new CrossingFileException($"Required columns missing: {string.Join(", ", missing)}.");
        int At(string name) => names.TryGetValue(name, out var i) ? i : -1;
        (id, time, point, direction) = (At(CrossingColumns.Id), At(CrossingColumns.Time), At(CrossingColumns.CrossingPoint), At(CrossingColumns.Direction));
        (plate, plateCountry, vehicleType) = (At(CrossingColumns.Plate), At(CrossingColumns.PlateCountry), At(CrossingColumns.VehicleType));
        (origin, cargo) = (At(CrossingColumns.OriginCountry), At(CrossingColumns.Cargo));
        var slots = new List<(int, int, int)>();
        for (var n = 1; At(CrossingColumns.PersonName(n)) >= 0; n++)
            slots.Add((At(CrossingColumns.PersonName(n)), At(CrossingColumns.PersonBirthDate(n)), At(CrossingColumns.PersonDocument(n))));
        persons = [.. slots];
    }

    /// <summary>Rows read so far, header included.</summary>
    public long LineNumber => lineNumber;

    /// <summary>
    /// The next row: a record, or an error saying what is wrong with it. False at the end of the file.
    /// Blank lines are skipped.
    /// </summary>
    public bool TryRead(out CrossingRecord? record, out CrossingRowError? error)
    {
        record = null;
        error = null;
        ReadOnlyMemory<char> line;
        do
        {
            if (!lines.TryRead(out line)) return false;
            lineNumber++;
        }
        while (line.Span.IsWhiteSpace());
        if (!fields.Split(line)) { error = Error(null, null, "A quoted field is not closed."); return true; }
        var key = fields[id];
        if (key.IsEmpty) { error = Error(null, CrossingColumns.Id, "The id is empty."); return true; }
        if (key.Length > CrossingColumns.MaxIdLength) { error = Error(null, CrossingColumns.Id, CrossingFields.TooLong(CrossingColumns.MaxIdLength)); return true; }
        var recordId = key.ToString();
        if (!CrossingFields.TryTime(fields[time], out var at))
        { error = Error(recordId, CrossingColumns.Time, CrossingFields.TimeProblem(fields[time])); return true; }
        var pointCode = fields[point];
        if (pointCode.IsEmpty) { error = Error(recordId, CrossingColumns.CrossingPoint, "The crossing point is empty."); return true; }
        if (pointCode.Length > CrossingColumns.MaxCodeLength)
        { error = Error(recordId, CrossingColumns.CrossingPoint, CrossingFields.TooLong(CrossingColumns.MaxCodeLength)); return true; }
        // The hit queue stores the plate: a longer one is a misread column, not a plate.
        if (fields[plate].Length > CrossingColumns.MaxPlateLength)
        { error = Error(recordId, CrossingColumns.Plate, CrossingFields.TooLong(CrossingColumns.MaxPlateLength)); return true; }
        if (!CrossingFields.TryDirection(fields[direction], out var way))
        { error = Error(recordId, CrossingColumns.Direction, CrossingFields.DirectionProblem(fields[direction])); return true; }
        var travellers = ReadPersons(recordId, out error);
        if (error is not null) return true;
        record = new CrossingRecord(recordId, at, Code(pointCode), way, fields[plate].ToString(), Code(fields[plateCountry]),
            Code(fields[vehicleType]), Code(fields[origin]), Code(fields[cargo]), travellers);
        return true;
    }

    private CrossingPerson[] ReadPersons(string recordId, out CrossingRowError? error)
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
                    error = Error(recordId, "birth_date", CrossingFields.BirthDateProblem(k + 1));
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

    private CrossingRowError Error(string? recordId, string? column, string message) => new(lineNumber, recordId, column, message);
}
