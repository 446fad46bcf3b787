namespace FocalPoint.Linkage;

/// <summary>
/// Input records as string columns, stored columnar: each column keeps its distinct values once
/// and an int code per record (-1 for a missing value), so a million records with repeated names
/// take a few tens of megabytes and normalisation runs once per distinct value.
/// </summary>
public sealed class RecordTable
{
    private readonly Column[] _columns;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates an empty table with the given column names (unique, case-sensitive).</summary>
    public RecordTable(IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        if (Columns.Count == 0) throw new LinkageException("A record table needs at least one column.");
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Columns[i])) throw new LinkageException($"Column {i + 1} has no name.");
            if (!_index.TryAdd(Columns[i], i)) throw new LinkageException($"Column '{Columns[i]}' appears twice.");
        }
        _columns = [.. Columns.Select(_ => new Column())];
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of records.</summary>
    public int Count { get; private set; }

    /// <summary>Appends one record; values in column order, null or blank for missing.</summary>
    public void Add(params IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _columns.Length)
        {
            throw new LinkageException(
                $"Record {Count + 1} has {values.Count} values but the table has {_columns.Length} columns.");
        }
        for (var i = 0; i < _columns.Length; i++) _columns[i].Add(values[i], Count);
        Count++;
    }

    /// <summary>True when the table has the named column.</summary>
    public bool HasColumn(string column) => _index.ContainsKey(column);

    /// <summary>The value of one cell, or null when missing.</summary>
    public string? Get(int row, string column)
    {
        var c = ColumnOf(column);
        var code = c.Codes[row];
        return code < 0 ? null : c.Values[code];
    }

    internal Column ColumnOf(string column) =>
        _index.TryGetValue(column, out var i) ? _columns[i]
            : throw new LinkageException($"The input has no column '{column}'. Columns: {string.Join(", ", Columns)}.");

    /// <summary>One column: distinct values and a code per row.</summary>
    internal sealed class Column
    {
        private readonly Dictionary<string, int> _lookup = new(StringComparer.Ordinal);
        private int[] _codes = new int[1024];

        public List<string> Values { get; } = [];

        public ReadOnlySpan<int> Codes => _codes;

        public void Add(string? value, int row)
        {
            if (row == _codes.Length) Array.Resize(ref _codes, _codes.Length * 2);
            if (string.IsNullOrWhiteSpace(value)) { _codes[row] = -1; return; }
            if (!_lookup.TryGetValue(value, out var code))
            {
                code = Values.Count;
                _lookup.Add(value, code);
                Values.Add(value);
            }
            _codes[row] = code;
        }
    }
}
