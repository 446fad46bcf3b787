using System.Text.Json;
using FocalPoint.Application.Import.Normalising;

namespace FocalPoint.Application.Import.Mapping;

/// <summary>Changes to a mapping from the command line or a page: field to column, field to a value for every row, columns to ignore.</summary>
public sealed record MappingEdit(
    IReadOnlyDictionary<string, string>? Columns = null, IReadOnlyDictionary<string, string>? Constants = null, IReadOnlyList<string>? Ignored = null,
    bool? AcceptCloseMatches = null, DateOrder? DateOrder = null);

/// <summary>Which column feeds each field, and constant values for fields the source does not carry (e.g. its agency).</summary>
public sealed class ImportMapping
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Field name (see <see cref="ImportField"/>) to column header.</summary>
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Field name to a value used for every row, e.g. ReportingAgency = BorderPolice.</summary>
    public Dictionary<string, string> Constants { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Column headers the user chose not to import. Any other column must be mapped: a new column is never dropped unseen.</summary>
    public List<string> Ignored { get; set; } = [];

    /// <summary>This import takes a place written with a small misspelling as the place it resembles (each listed as "matched X to Y"); off, it is a row error.</summary>
    public bool AcceptCloseMatches { get; set; }

    /// <summary>How slash and dash dates are read, as the user chose; null: as the file's dates show (asked when they cannot tell).</summary>
    public DateOrder? DateOrder { get; set; }

    /// <summary>The headers that feed no field and were not ignored: a file's new columns, shown until the user decides.</summary>
    public IReadOnlyList<string> Undecided(IReadOnlyList<string> headers) =>
        [.. headers.Where(h => !string.IsNullOrWhiteSpace(h)
            && !Columns.Values.Contains(h, StringComparer.OrdinalIgnoreCase) && !Ignored.Contains(h, StringComparer.OrdinalIgnoreCase))];

    /// <summary>This mapping with the user's changes on top: columns mapped, values for every row set, columns ignored.</summary>
    public ImportMapping With(MappingEdit? edit)
    {
        var result = FromJson(ToJson());
        if (edit is null)
        {
            return result;
        }

        foreach (var (field, column) in edit.Columns ?? new Dictionary<string, string>())
        {
            result.Columns[field] = column;
            result.Ignored.RemoveAll(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var (field, value) in edit.Constants ?? new Dictionary<string, string>())
        {
            result.Constants[field] = value;
        }

        result.AcceptCloseMatches = edit.AcceptCloseMatches ?? result.AcceptCloseMatches;
        result.DateOrder = edit.DateOrder ?? result.DateOrder;
        foreach (var column in edit.Ignored ?? [])
        {
            foreach (var mapped in result.Columns.Where(c => string.Equals(c.Value, column, StringComparison.OrdinalIgnoreCase)).Select(c => c.Key).ToList())
            {
                result.Columns.Remove(mapped);
            }

            if (!result.Ignored.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                result.Ignored.Add(column);
            }
        }

        return result;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ImportMapping FromJson(string json) => JsonSerializer.Deserialize<ImportMapping>(json, Json) ?? new ImportMapping();

    /// <summary>Suggests a mapping from the headers alone: a header matches a field when its folded form equals one of the field's names.</summary>
    public static ImportMapping Suggest(IReadOnlyList<string> headers)
    {
        var byKey = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var (field, names) in ImportFieldNames.Synonyms)
        {
            byKey.TryAdd(TextFold.Key(field.ToString()), field);
            foreach (var name in names)
            {
                byKey.TryAdd(TextFold.Key(name), field);
            }
        }

        var mapping = new ImportMapping();
        foreach (var header in headers)
        {
            if (byKey.TryGetValue(TextFold.Key(header), out var field) && !mapping.Columns.ContainsKey(field.ToString()))
            {
                mapping.Columns[field.ToString()] = header;
            }
        }

        return mapping;
    }

    /// <summary>Problems that stop a file before its rows are read: unknown fields, columns not in the header, required fields unmapped.</summary>
    public IReadOnlyList<string> Check(IReadOnlyList<string> headers)
    {
        var problems = new List<string>();
        var known = new HashSet<string>(headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (field, column) in Columns)
        {
            if (!Enum.TryParse<ImportField>(field, ignoreCase: true, out _))
            {
                problems.Add($"unknown field \"{field}\"");
            }
        }

        foreach (var (field, value) in Constants)
        {
            if (!Enum.TryParse<ImportField>(field, ignoreCase: true, out _))
            {
                problems.Add($"unknown field \"{field}\"");
            }
        }

        // A profile's optional columns may be absent from one file; a required one may not (unless a constant stands in).
        foreach (var field in ImportFieldNames.Required)
        {
            var present = Columns.TryGetValue(field.ToString(), out var column) && known.Contains(column);
            if (!present && !Constants.ContainsKey(field.ToString()))
            {
                problems.Add(ImportFieldNames.Meanings.Contains(field)
                    ? $"no column and no value for every row gives {field}: map a column or set one value (it is never assumed)"
                    : $"required column missing: {field} (e.g. \"{ImportFieldNames.Synonyms[field][0]}\" / \"{ImportFieldNames.Synonyms[field][^3]}\")");
            }
        }

        foreach (var header in Undecided(headers))
        {
            problems.Add($"column \"{header}\" is neither mapped nor ignored: map it to a field or ignore it");
        }

        return problems;
    }
}
