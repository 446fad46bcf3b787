namespace FocalPoint.Risk.Crossings;

/// <summary>
/// Reads the documented crossings CSV (<see cref="CrossingColumns"/>) from a text stream, one record or one row error
/// at a time, in bounded memory, without a copy of each line: the fast path for the documented shape. Other shapes
/// (sheets, JSON Lines, other column names) come through the import's readers and the same <see cref="CrossingRowParser"/>.
/// </summary>
public sealed class CrossingCsvReader : ICrossingRows
{
    private readonly LineReader lines;
    private readonly CsvLine fields = new();
    private readonly CrossingRowParser parser;
    private long lineNumber = 1;

    /// <summary>Reads the header; throws <see cref="CrossingFileException"/> when required columns are missing.</summary>
    public CrossingCsvReader(TextReader reader)
    {
        lines = new LineReader(reader);
        if (!lines.TryRead(out var header) || !fields.Split(header))
            throw new CrossingFileException("The file is empty: the first line must name the columns.");
        var names = new string[fields.Count];
        for (var i = 0; i < fields.Count; i++) names[i] = fields[i].ToString().TrimStart('\uFEFF');
        parser = new CrossingRowParser(names);
    }

    /// <inheritdoc />
    public long LineNumber => lineNumber;

    /// <summary>
    /// The next row: a record, or an error saying what is wrong with it. False at the end of the file.
    /// Blank lines are skipped.
    /// </summary>
    public bool TryRead(out CrossingRecord? record, out CrossingRowError? error)
    {
        record = null;
        ReadOnlyMemory<char> line;
        do
        {
            if (!lines.TryRead(out line)) { error = null; return false; }
            lineNumber++;
        }
        while (line.Span.IsWhiteSpace());
        if (!fields.Split(line)) { error = new CrossingRowError(lineNumber, null, null, "A quoted field is not closed."); return true; }
        return parser.TryParse(fields, lineNumber, out record, out error);
    }
}
