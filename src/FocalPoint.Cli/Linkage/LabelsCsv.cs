using System.Globalization;
using CsvHelper;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Linkage;

namespace FocalPoint.Cli.Linkage;

/// <summary>Reads labelled pairs: left_id,right_id,is_match (true/false, 1/0, yes/no), with left_source,right_source for named sources.</summary>
internal static class LabelsCsv
{
    private static readonly CsvReaderOptions Options = new() { FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true, TrackLineNumbers = true };

    public static IReadOnlyList<PairLabel> Read(FileInfo file, bool named)
    {
        using var csv = CsvReader.Create(InputFile.OpenRead(file), Options, leaveOpen: false);
        var header = csv.Headers;
        int Col(string name) => IndexOf(header, name) is var i and >= 0 ? i
            : throw new UserErrorException($"{file.Name} has no '{name}' column. Columns: {string.Join(", ", header)}.");
        var (left, right, match) = (Col("left_id"), Col("right_id"), Col("is_match"));
        var (ls, rs) = named ? (Col("left_source"), Col("right_source")) : (-1, -1);
        var labels = new List<PairLabel>();
        while (csv.Read())
        {
            var value = csv.GetString(match).ToLowerInvariant();
            var isMatch = value switch
            {
                "true" or "1" or "yes" or "match" => true,
                "false" or "0" or "no" or "non-match" => false,
                _ => throw new UserErrorException($"{file.Name} line {csv.LineNumber}: is_match must be true or false (was '{value}')."),
            };
            var l = named ? SourceTable.Qualify(csv.GetString(ls), csv.GetString(left)) : csv.GetString(left);
            var r = named ? SourceTable.Qualify(csv.GetString(rs), csv.GetString(right)) : csv.GetString(right);
            labels.Add(new PairLabel(l, r, isMatch));
        }
        return labels;
    }

    internal static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }
}
