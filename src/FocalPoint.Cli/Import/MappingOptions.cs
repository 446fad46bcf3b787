using System.CommandLine;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Cli.Infrastructure;

namespace FocalPoint.Cli.Import;

/// <summary>`--map Field=Column`, `--set Field=Value`, `--ignore Column`: changes to a mapping, on an import or a saved profile.</summary>
internal sealed class MappingOptions
{
    private readonly Option<string[]> map = new("--map") { Description = "Map a column to a field: Field=Column (repeatable), e.g. --map Kind=\"Lloji i incidentit\".", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string[]> set = new("--set") { Description = "One value for every row of a field no column gives: Field=Value (repeatable), e.g. --set HandlingCode=H1." };
    private readonly Option<string[]> ignore = new("--ignore") { Description = "A column not to import (repeatable)." };
    private readonly Option<bool?> acceptClose = new("--accept-close-matches")
    {
        Description = "Take a place written with a small misspelling as the place it resembles (each is listed); without it such a row is refused.",
    };

    private readonly Option<string?> dateOrder = new("--date-order")
    {
        Description = "How dates written with / or - are read: dmy (31/12/2024) or mdy (12/31/2024). Needed when no date in the file tells.",
    };

    public MappingOptions() => dateOrder.AcceptOnlyFromAmong("dmy", "mdy");

    public void AddTo(Command command)
    {
        command.Options.Add(map);
        command.Options.Add(set);
        command.Options.Add(ignore);
        command.Options.Add(acceptClose);
        command.Options.Add(dateOrder);
    }

    public MappingEdit? Read(ParseResult parse)
    {
        var (columns, constants, ignored) = (Pairs(parse.GetValue(map), "--map"), Pairs(parse.GetValue(set), "--set"), parse.GetValue(ignore) ?? []);
        var close = parse.GetValue(acceptClose);
        DateOrder? order = parse.GetValue(dateOrder) switch { "dmy" => DateOrder.DayFirst, "mdy" => DateOrder.MonthFirst, _ => null };
        return columns.Count + constants.Count + ignored.Length == 0 && close is null && order is null ? null : new MappingEdit(columns, constants, ignored, close, order);
    }

    /// <summary>The mapping as the command line shows it: one line per field, value or ignored column.</summary>
    public static IEnumerable<string> Describe(ImportMapping mapping) =>
        mapping.Columns.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"  {c.Key} <- column \"{c.Value}\"")
            .Concat(mapping.Constants.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"  {c.Key} = {c.Value} (every row)"))
            .Concat(mapping.Ignored.Select(h => $"  ignored: \"{h}\""))
            .Append(mapping.AcceptCloseMatches ? "  close spellings of places: accepted, each listed" : "  close spellings of places: refused")
            .Append(mapping.DateOrder switch
            {
                DateOrder.DayFirst => "  dates with / or -: day first (dmy)",
                DateOrder.MonthFirst => "  dates with / or -: month first (mdy)",
                _ => "  dates with / or -: as the file's dates show; asked when they cannot tell",
            });

    private static Dictionary<string, string> Pairs(string[]? values, string option)
    {
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new UserErrorException($"{option} takes Field=Value, not \"{value}\".");
            }

            pairs[value[..equals].Trim()] = value[(equals + 1)..].Trim();
        }

        return pairs;
    }
}
