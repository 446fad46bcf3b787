namespace FocalPoint.Application.Import.Mapping;

/// <summary>A mapping resolved against one header: the column index of each field, and constants for the rest.</summary>
public sealed class ColumnMap
{
    private readonly int[] index = new int[Enum.GetValues<ImportField>().Length];
    private readonly string?[] constants = new string?[Enum.GetValues<ImportField>().Length];
    private readonly string[] columnNames = new string[Enum.GetValues<ImportField>().Length];

    public ColumnMap(ImportMapping mapping, IReadOnlyList<string> headers)
    {
        Array.Fill(index, -1);
        foreach (var field in Enum.GetValues<ImportField>())
        {
            columnNames[(int)field] = field.ToString();
            if (mapping.Columns.TryGetValue(field.ToString(), out var column))
            {
                for (var i = 0; i < headers.Count; i++)
                {
                    if (string.Equals(headers[i], column, StringComparison.OrdinalIgnoreCase))
                    {
                        index[(int)field] = i;
                        columnNames[(int)field] = headers[i];
                        break;
                    }
                }
            }

            if (mapping.Constants.TryGetValue(field.ToString(), out var constant))
            {
                constants[(int)field] = constant;
            }
        }
    }

    public bool Has(ImportField field) => index[(int)field] >= 0 || constants[(int)field] is not null;

    /// <summary>The column header a field is read from, for error reports.</summary>
    public string ColumnOf(ImportField field) => columnNames[(int)field];

    /// <summary>The trimmed cell, or the constant, or null when empty.</summary>
    public string? Get(IReadOnlyList<string?> values, ImportField field)
    {
        var i = index[(int)field];
        var value = i >= 0 && i < values.Count ? values[i] : null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return constants[(int)field];
        }

        value = value.Trim();
        // An export escapes a cell that could run as a formula ('=..., '-20.5); the value is what follows the apostrophe.
        return value.Length > 1 && value[0] == Common.SpreadsheetCells.Escape && "=+-@".Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;
    }
}
