namespace FocalPoint.Network;

/// <summary>
/// Splits one delimited line into fields. Delimiter-separated lines honour RFC 4180 quotes (a name may
/// hold a comma); whitespace-separated lines (igraph's edge-list format) split on runs of blanks.
/// Unquoted fields stay as ranges into the line so a million-line file allocates no field strings.
/// </summary>
internal sealed class FieldSplitter
{
    private readonly char? delimiter;
    private readonly List<Range> ranges = [];
    private readonly List<string?> unquoted = [];
    private ReadOnlyMemory<char> line;

    public FieldSplitter(char? delimiter) => this.delimiter = delimiter;

    public int Count => ranges.Count;

    /// <summary>Picks the delimiter from the first line: tab, comma, semicolon, else blanks.</summary>
    public static char? Detect(ReadOnlySpan<char> firstLine) =>
        firstLine.Contains('\t') ? '\t'
        : firstLine.Contains(',') ? ','
        : firstLine.Contains(';') ? ';'
        : null;

    public ReadOnlySpan<char> this[int i] =>
        unquoted[i] is { } text ? text.AsSpan() : line.Span[ranges[i]].Trim();

    public void Split(ReadOnlyMemory<char> text)
    {
        line = text;
        ranges.Clear();
        unquoted.Clear();
        if (delimiter is { } d)
        {
            SplitDelimited(d);
        }
        else
        {
            SplitBlanks();
        }
    }

    private void SplitBlanks()
    {
        var line = this.line.Span;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            if (i > start)
            {
                ranges.Add(start..i);
                unquoted.Add(null);
            }
        }
    }

    private void SplitDelimited(char d)
    {
        var line = this.line.Span;
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }
            if (i < line.Length && line[i] == '"')
            {
                var text = new System.Text.StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    text.Append(line[i++]);
                }
                while (i < line.Length && line[i] != d)
                {
                    i++;
                }
                ranges.Add(start..i);
                unquoted.Add(text.ToString());
            }
            else
            {
                i = line[start..].IndexOf(d) is var e and >= 0 ? start + e : line.Length;
                ranges.Add(start..i);
                unquoted.Add(null);
            }
            if (i >= line.Length)
            {
                return;
            }
            i++;
        }
    }
}
