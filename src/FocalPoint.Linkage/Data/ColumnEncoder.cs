using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage.Data;

/// <summary>
/// Normalises a column over one or more tables into codes of a shared dictionary. The pipeline runs
/// once per distinct raw value, never once per record.
/// </summary>
internal sealed class ColumnEncoder(IReadOnlyList<string> normalisers)
{
    private readonly Func<string, string?> _pipeline = NormaliserRegistry.Pipeline(normalisers);
    private readonly Dictionary<string, int> _lookup = new(StringComparer.Ordinal);

    public List<string> Values { get; } = [];

    public int[] Encode(IReadOnlyList<RecordTable> tables, string column, string idColumn)
    {
        var total = tables.Sum(t => t.Count);
        var codes = new int[total];
        var offset = 0;
        foreach (var table in tables)
        {
            var raw = table.ColumnOf(column);
            var map = new int[raw.Values.Count];
            for (var v = 0; v < map.Length; v++) map[v] = Normalise(raw.Values[v], table, column, v, idColumn);
            var rawCodes = raw.Codes;
            for (var r = 0; r < table.Count; r++)
            {
                var c = rawCodes[r];
                codes[offset + r] = c < 0 ? -1 : map[c];
            }
            offset += table.Count;
        }
        return codes;
    }

    private int Normalise(string value, RecordTable table, string column, int rawCode, string idColumn)
    {
        string? normal;
        try
        {
            normal = _pipeline(value);
        }
        catch (FormatException)
        {
            throw new LinkageException(
                $"Column '{column}' holds '{value}' (record {FirstId(table, column, rawCode, idColumn)}), which is not a date.");
        }
        if (normal is null) return -1;
        if (!_lookup.TryGetValue(normal, out var code))
        {
            code = Values.Count;
            _lookup.Add(normal, code);
            Values.Add(normal);
        }
        return code;
    }

    private static string FirstId(RecordTable table, string column, int rawCode, string idColumn)
    {
        var codes = table.ColumnOf(column).Codes;
        for (var r = 0; r < table.Count; r++)
        {
            if (codes[r] == rawCode) return table.Get(r, idColumn) ?? $"#{r + 1}";
        }
        return "?";
    }
}
