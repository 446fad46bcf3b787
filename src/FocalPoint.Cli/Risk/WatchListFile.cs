using System.Globalization;
using CsvHelper;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Cli.Risk;

/// <summary>A watch-list file: entity_id,kind (person|vehicle),value,birth_date (yyyy-MM-dd, optional),reference.</summary>
internal static class WatchListFile
{
    private static readonly string[] Columns = ["entity_id", "kind", "value", "birth_date", "reference"];

    public static List<WatchEntry> Read(FileInfo file)
    {
        using var csv = CsvReader.Create(InputFile.OpenRead(file), new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true }, leaveOpen: false);
        var at = Columns.Select(c => csv.Headers.ToList().FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (at.Take(3).Any(i => i < 0)) throw new UserErrorException($"{file.Name}: the watch-list needs the columns {string.Join(",", Columns)}.");
        var entries = new List<WatchEntry>();
        var line = 1;
        string Field(int column) => at[column] < 0 ? "" : csv.GetString(at[column]) ?? "";
        while (csv.Read())
        {
            line++;
            var kind = Field(1).ToLowerInvariant() switch
            {
                "person" => WatchKind.Person,
                "vehicle" => WatchKind.Vehicle,
                _ => throw new UserErrorException($"{file.Name} line {line}: kind must be 'person' or 'vehicle'."),
            };
            DateOnly? born = null;
            if (Field(3).Length > 0)
            {
                if (!DateOnly.TryParseExact(Field(3), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw new UserErrorException($"{file.Name} line {line}: the birth date is not a date (use yyyy-MM-dd).");
                born = d;
            }
            entries.Add(new WatchEntry(Field(0), kind, Field(2), born, Field(4)));
        }
        return entries;
    }
}
