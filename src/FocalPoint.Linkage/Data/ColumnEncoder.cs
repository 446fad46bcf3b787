using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage.Data;

/// <summary>
/// Normalises a column over one or more tables into codes of a shared dictionary. The pipeline runs
/// once per distinct raw value, never once per record. A value its normalisers cannot read (a date
/// that is no date) or its comparator cannot use is a bad value: missing for the run and counted,
/// or, when <paramref name="strict"/>, a <see cref="LinkageException"/> naming it.
/// </summary>
internal sealed class ColumnEncoder(IReadOnlyList<string> normalisers, Func<string, bool>? accepts = null, bool strict = false)
{
    private const int Bad = -2;
    private const int MaxExamples = 3;
    private readonly Func<string, string?> _pipeline = NormaliserRegistry.Pipeline(normalisers);
    private readonly Dictionary<string, int> _lookup = new(StringComparer.Ordinal);

    public List<string> Values { get; } = [];

    /// <summary>Records whose value was bad, over every Encode call.</summary>
    public long BadRecords { get; private set; }

    /// <summary>The first few distinct bad raw values.</summary>
    public List<string> BadExamples { get; } = [];

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
                var code = c < 0 ? -1 : map[c];
                if (code == Bad)
                {
                    BadRecords++;
                    code = -1;
                }
                codes[offset + r] = code;
            }
            offset += table.Count;
        }
        return codes;
    }

    private int Normalise(string value, RecordTable table, string column, int rawCode, string idColumn)
    {
        var normal = _pipeline(value);
        if (NormaliserRegistry.IsUnreadable(normal)) return Reject(value, table, column, rawCode, idColumn);
        if (normal is null) return -1;
        if (accepts is not null && !accepts(normal)) return Reject(value, table, column, rawCode, idColumn);
        if (!_lookup.TryGetValue(normal, out var code))
        {
            code = Values.Count;
            _lookup.Add(normal, code);
            Values.Add(normal);
        }
        return code;
    }

    private int Reject(string value, RecordTable table, string column, int rawCode, string idColumn)
    {
        if (strict)
        {
            var id = FirstId(table, column, rawCode, idColumn);
            throw new LinkageException(LinkageErrorCodes.BadValue,
                $"Column '{column}' holds '{value}' (record {id}), which its comparison cannot read (strictValues is set).",
                [column, id, value]);
        }
        if (BadExamples.Count < MaxExamples) BadExamples.Add(value);
        return Bad;
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
