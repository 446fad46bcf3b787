namespace FocalPoint.Risk.Crossings;

/// <summary>
/// Splits one CSV line (comma, RFC 4180 quotes) into field ranges without allocating; a quoted field is
/// unescaped into a scratch buffer only when it holds a doubled quote.
/// </summary>
internal sealed class CsvLine : ICrossingCells
{
    private readonly List<(int Start, int Length, bool Escaped)> fields = new(32);
    private ReadOnlyMemory<char> line;

    public int Count => fields.Count;

    /// <summary>Splits the line; false when a quote is left open.</summary>
    public bool Split(ReadOnlyMemory<char> text)
    {
        line = text;
        fields.Clear();
        var span = text.Span;
        var i = 0;
        while (true)
        {
            if (i < span.Length && span[i] == '"')
            {
                var start = ++i;
                var escaped = false;
                while (true)
                {
                    var q = span[i..].IndexOf('"');
                    if (q < 0) return false;
                    i += q;
                    if (i + 1 < span.Length && span[i + 1] == '"') { escaped = true; i += 2; continue; }
                    break;
                }
                fields.Add((start, i - start, escaped));
                i++;
                var comma = span[i..].IndexOf(',');
                if (comma < 0) return true;
                i += comma + 1;
            }
            else
            {
                var comma = span[i..].IndexOf(',');
                if (comma < 0) { fields.Add((i, span.Length - i, false)); return true; }
                fields.Add((i, comma, false));
                i += comma + 1;
            }
        }
    }

    /// <summary>The field's text, trimmed; empty when the field is absent.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            if (index < 0 || index >= fields.Count) return default;
            var (start, length, escaped) = fields[index];
            var raw = line.Span.Slice(start, length).Trim();
            return escaped ? raw.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : raw;
        }
    }
}
