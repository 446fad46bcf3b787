using System.Globalization;

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
        var recordId = key.ToString();
        if (!TryTime(fields[time], out var at))
        { error = Error(recordId, CrossingColumns.Time, $"'{fields[time]}' is not a date and time (use 2026-03-01T14:05:00Z)."); return true; }
        var pointCode = fields[point];
        if (pointCode.IsEmpty) { error = Error(recordId, CrossingColumns.CrossingPoint, "The crossing point is empty."); return true; }
        if (!TryDirection(fields[direction], out var way))
        { error = Error(recordId, CrossingColumns.Direction, $"'{fields[direction]}' is not a direction (entry or exit)."); return true; }
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
                if (!DateOnly.TryParseExact(birthText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    // The column is named, never the value: a birth date is personal data.
                    error = Error(recordId, "birth_date", $"The birth date of person {k + 1} is not a date (use yyyy-MM-dd).");
                    return [];
                }
                born = d;
            }
            var doc = fields[document];
            result[k++] = new CrossingPerson(fields[name].ToString(), born, doc.IsEmpty ? null : doc.ToString());
        }
        return result;
    }

    // The documented form (2026-03-01T14:05:00Z) is read digit by digit: the general parser costs more than the
    // rest of the row. Anything else (offsets, fractions) goes through the general parser, UTC assumed.
    private static bool TryTime(ReadOnlySpan<char> text, out DateTime time)
    {
        if (text.Length == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == 'Z'
            && Digits(text[..4], out var y) && Digits(text.Slice(5, 2), out var mo) && Digits(text.Slice(8, 2), out var d)
            && Digits(text.Slice(11, 2), out var h) && Digits(text.Slice(14, 2), out var mi) && Digits(text.Slice(17, 2), out var sec)
            && mo is >= 1 and <= 12 && d >= 1 && y >= 1 && d <= DateTime.DaysInMonth(y, mo) && h < 24 && mi < 60 && sec < 60)
        {
            time = new DateTime(y, mo, d, h, mi, sec, DateTimeKind.Utc);
            return true;
        }
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        time = ok ? parsed.UtcDateTime : default;
        return ok;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool TryDirection(ReadOnlySpan<char> text, out Direction direction)
    {
        if (text.Equals("entry", StringComparison.OrdinalIgnoreCase) || text.Equals("in", StringComparison.OrdinalIgnoreCase)) { direction = Direction.Entry; return true; }
        direction = Direction.Exit;
        return text.Equals("exit", StringComparison.OrdinalIgnoreCase) || text.Equals("out", StringComparison.OrdinalIgnoreCase);
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
