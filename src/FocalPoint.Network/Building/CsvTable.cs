namespace FocalPoint.Network;

/// <summary>Line-by-line reader shared by the edge and node lists: header detection, positions, errors.</summary>
internal sealed class CsvTable
{
    private readonly LineReader reader;
    private readonly string file;
    private ReadOnlyMemory<char>? pending;
    private FieldSplitter splitter = new(',');

    public CsvTable(TextReader reader, string file) => (this.reader, this.file) = (new LineReader(reader), file);

    public int LineNumber { get; private set; }

    /// <summary>Column positions; -1 when absent.</summary>
    public readonly record struct Columns(int Source, int Target, int Type, int Date, int Weight);

    /// <summary>
    /// Reads the first line: if any cell is a known column name it is the header, and the required
    /// names must all be there; otherwise the columns are positional (first, second, third = weight).
    /// </summary>
    public Columns Layout(string[] first, string[]? second, string[]? type, string[]? date, string[]? weight, string[] required)
    {
        var line = NextContentLine() ?? throw Error("the file is empty");
        splitter = new FieldSplitter(FieldSplitter.Detect(line.Span));
        splitter.Split(line);
        var names = new string[splitter.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = splitter[i].ToString().ToLowerInvariant();
        }
        int Find(string[]? options) => options is null ? -1 : Array.FindIndex(names, options.Contains);
        var columns = new Columns(Find(first), Find(second), Find(type), Find(date), Find(weight));
        var isHeader = columns.Source >= 0 || columns.Target >= 0 || columns.Type >= 0 || columns.Date >= 0 || columns.Weight >= 0;
        if (!isHeader)
        {
            // Copied: the reader reuses its buffer, and this line is read again as data.
            pending = line.ToArray();
            return second is null ? new Columns(0, -1, 1, -1, -1) : new Columns(0, 1, -1, -1, 2);
        }
        if (columns.Source < 0)
        {
            throw Error($"missing column '{required[0]}' (header has: {string.Join(", ", names)})");
        }
        if (required.Length > 1 && columns.Target < 0)
        {
            throw Error($"missing column '{required[1]}' (header has: {string.Join(", ", names)})");
        }
        return columns;
    }

    /// <summary>Advances to the next data line; false at the end.</summary>
    public bool Next()
    {
        var line = pending ?? NextContentLine();
        pending = null;
        if (line is null)
        {
            return false;
        }
        splitter.Split(line.Value);
        return true;
    }

    public ReadOnlySpan<char> Required(int column, string name)
    {
        if (column >= splitter.Count)
        {
            throw Error($"missing column '{name}' (found {splitter.Count} field(s))");
        }
        var value = splitter[column];
        return value.IsEmpty ? throw Error($"column '{name}' is empty") : value;
    }

    public ReadOnlySpan<char> Optional(int column) => column < splitter.Count ? splitter[column] : default;

    public EdgeListFormatException Error(string problem) => new(file, LineNumber, problem);

    private ReadOnlyMemory<char>? NextContentLine()
    {
        while (reader.TryRead(out var line))
        {
            LineNumber++;
            // Blank lines and '#' comments are skipped but still counted, so line numbers match an editor.
            if (line.Length > 0 && line.Span[0] != '#' && !line.Span.IsWhiteSpace())
            {
                return line;
            }
        }
        return null;
    }
}
