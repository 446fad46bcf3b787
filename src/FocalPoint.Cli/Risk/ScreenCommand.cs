using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FocalPoint.Application.Risk.Screening;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Risk.Screening;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Cli.Risk;

/// <summary>
/// `focalpoint screen CROSSINGS.csv --profiles active|FILE.json`: screens a crossings file and writes the hits with
/// reasons. "active" screens with the approved profiles of the database and queues the hits at their crossing points.
/// </summary>
internal static class ScreenCommand
{
    private const int ShownRowErrors = 50;

    public static Command Create()
    {
        var crossings = new Argument<FileInfo>("CROSSINGS") { Description = "Crossings file: CSV, XLSX or JSON Lines in the documented columns (docs/examples/crossings.csv), or mapped onto them with --map." };
        var map = new Option<string[]>("--map") { Description = "FILE_COLUMN=documented_column, repeatable: reads a file whose columns have other names (e.g. --map Kennzeichen=plate).", AllowMultipleArgumentsPerToken = true };
        var savedMapping = new Option<string?>("--mapping") { Description = "NAME of a saved column matching (saved on the screening page or with --save-mapping) to read the file with." };
        var saveMapping = new Option<string?>("--save-mapping") { Description = "Save the --map pairs under NAME for the next file in the same shape (replaces a matching of that name)." };
        var profiles = new Option<string>("--profiles") { Description = "'active' (approved profiles in the database; hits are queued) or a profiles JSON file (docs/examples/risk-profiles.json).", Required = true };
        var database = new DatabaseArguments();
        var user = new Option<string>("--user") { Description = "Who runs it, for the audit log (with 'active').", DefaultValueFactory = _ => Environment.UserName };
        var watch = new Option<FileInfo?>("--watch-list") { Description = "Watch-list CSV: entity_id,kind,value,birth_date,reference." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the hits to this CSV instead of standard output." };
        var date = new Option<string?>("--date") { Description = "Day validity is judged on (yyyy-MM-dd); default today (UTC)." };
        var control = new Option<double>("--control-rate") { Description = "Share drawn at random for control checks.", DefaultValueFactory = _ => 0.005 };
        var workers = new Option<int>("--workers") { Description = "Screening threads.", DefaultValueFactory = _ => Math.Min(2, Environment.ProcessorCount) };

        var command = new Command("screen", "Screen crossing records against risk profiles and a watch-list; write each hit with its reasons.")
        {
            crossings, profiles, watch, output, date, control, workers, user, map, savedMapping, saveMapping,
        };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var mapping = await MappingAsync(parse, database, parse.GetValue(user)!, Mapping(parse.GetValue(map)), parse.GetValue(savedMapping), parse.GetValue(saveMapping), ct);
            if (parse.GetValue(profiles) == "active") return await ScreenActiveAsync(parse, database, parse.GetValue(user)!, parse.GetValue(crossings)!,
                mapping, parse.GetValue(watch), parse.GetValue(output), parse.GetValue(control), ct);
            var day = Day(parse.GetValue(date));
            var plan = ScreeningPlan.Build(ReadProfiles(new FileInfo(parse.GetValue(profiles)!)), day);
            var index = parse.GetValue(watch) is { } w ? new WatchListIndex(WatchListFile.Read(w)) : null;
            var rate = parse.GetValue(control);
            if (rate is < 0 or > 1) throw new UserErrorException("--control-rate must lie between 0 and 1.");
            var error = parse.InvocationConfiguration.Error;
            foreach (var s in plan.Skipped) error.WriteLine($"profile {s.ProfileId}/v{s.Version} not screened: {s.Reason}");
            if (plan.Profiles.Count == 0 && index is null) throw new UserErrorException("No profile screens on " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " and no watch-list was given.");

            var file = parse.GetValue(crossings)!;
            if (!file.Exists) throw new UserErrorException($"Crossings file not found: {file.FullName}");
            using var input = InputFile.OpenRead(file);
            using var reader = Open(input, file.Name, mapping);
            var rowErrors = 0L;
            var target = parse.GetValue(output) is { } o ? new StreamWriter(InputFile.Create(o)) : null;
            using (target)
            using (var hits = new HitWriter(target ?? parse.InvocationConfiguration.Output))
            {
                hits.WriteHeader();
                var summary = ScreeningRun.Run(Records(reader, e => { if (rowErrors++ < ShownRowErrors) error.WriteLine(Describe(e)); }), plan, index,
                    new ScreeningOptions(rate, Workers: Math.Max(1, parse.GetValue(workers))), hits.Write);
                error.WriteLine(Invariant($"screened {summary.Records} records with {string.Join(", ", summary.Profiles.Select(p => $"{p.Id}/v{p.Version}"))}: {summary.RiskHits} hits ({summary.WatchListHits} on the watch-list), {summary.ControlChecks} control checks, {rowErrors} rows refused"));
            }
            return rowErrors > 0 && rowErrors == reader.LineNumber - 1 ? CommandLine.UserError : CommandLine.Ok;
        });
        return command;
    }

    // The database's approved profiles, valid today; hits are stored in the queue of their crossing point.
    private static async Task<int> ScreenActiveAsync(ParseResult parse, DatabaseArguments database, string user, FileInfo crossings,
        Dictionary<string, string> mapping, FileInfo? watch, FileInfo? output, double rate, CancellationToken ct)
    {
        if (rate is < 0 or > 1) throw new UserErrorException("--control-rate must lie between 0 and 1.");
        await using var services = await CliServices.CreateAsync(parse, database, user, ct);
        var error = parse.InvocationConfiguration.Error;
        using var input = InputFile.OpenRead(crossings);
        using var reader = Open(input, crossings.Name, mapping);
        var rowErrors = 0L;
        var entries = watch is null ? [] : WatchListFile.Read(watch);
        using var target = output is null ? null : new StreamWriter(InputFile.Create(output));
        using var hits = new HitWriter(target ?? parse.InvocationConfiguration.Output);
        hits.WriteHeader();
        var result = await services.RunAsync<ScreenCrossings, ScreeningRunResult?>(s => s.HandleAsync(
            Records(reader, e => { if (rowErrors++ < ShownRowErrors) error.WriteLine(Describe(e)); }), entries, rate, hits.Write, ct))
            ?? throw new UserErrorException("Screening needs the risk-analysis or border-screening capability.");
        var summary = result.Summary;
        foreach (var s in summary.Skipped) error.WriteLine($"profile {s.ProfileId}/v{s.Version} not screened: {s.Reason}");
        error.WriteLine(Invariant($"run {result.RunId}: screened {summary.Records} records with {string.Join(", ", summary.Profiles.Select(p => $"{p.Id}/v{p.Version}"))}: {summary.RiskHits} hits ({summary.WatchListHits} on the watch-list), {summary.ControlChecks} control checks queued, {rowErrors} rows refused"));
        return CommandLine.Ok;
    }

    private static CrossingRows Open(Stream input, string fileName, Dictionary<string, string> mapping)
    {
        try
        {
            return CrossingFileReader.Open(input, fileName, mapping, new FocalPoint.Application.Import.ImportOptions());
        }
        catch (CrossingFileException problem)
        {
            throw new UserErrorException(problem.Message);
        }
    }

    // A saved matching read by name, or the --map pairs (saved under a name when asked): both in the database.
    private static async Task<Dictionary<string, string>> MappingAsync(ParseResult parse, DatabaseArguments database, string user,
        Dictionary<string, string> pairs, string? useName, string? saveName, CancellationToken ct)
    {
        if (useName is null && saveName is null) return pairs;
        if (useName is not null && pairs.Count > 0) throw new UserErrorException("Give either --map pairs or a saved --mapping, not both.");
        if (saveName is not null && pairs.Count == 0) throw new UserErrorException("--save-mapping saves the --map pairs: give them too.");
        await using var services = await CliServices.CreateAsync(parse, database, user, ct);
        if (useName is not null)
        {
            var found = await services.RunAsync<CrossingMappings, SavedCrossingMapping?>(m => m.FindAsync(useName, ct));
            if (found is not null) return new Dictionary<string, string>(found.Columns, StringComparer.Ordinal);
            var names = await services.RunAsync<CrossingMappings, IReadOnlyList<SavedCrossingMapping>?>(m => m.ListAsync(ct))
                ?? throw new UserErrorException("Saved matchings need the border-screening capability.");
            throw new UserErrorException($"No saved matching \"{useName}\". Saved: {(names.Count == 0 ? "none" : string.Join(", ", names.Select(n => n.Name)))}.");
        }
        var saved = await services.RunAsync<CrossingMappings, FocalPoint.Application.Common.CommandResult<SavedCrossingMapping>>(m => m.SaveAsync(saveName, pairs, ct));
        if (saved.NotFound) throw new UserErrorException("Saved matchings need the border-screening capability.");
        if (saved.Conflict) throw new UserErrorException($"Someone saved \"{saveName}\" a moment ago; try again.");
        if (saved.Errors is { } errors) throw new UserErrorException(string.Join(" ", errors.Entries.SelectMany(e => e.Value.Select(CliText.Message))));
        parse.InvocationConfiguration.Error.WriteLine($"matching \"{saved.Value!.Name}\" saved ({pairs.Count} columns)");
        return pairs;
    }

    /// <summary>"--map A=b --map C=d" as the file's column to the documented one; a malformed pair is named.</summary>
    private static Dictionary<string, string> Mapping(string[]? pairs)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.LastIndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1) throw new UserErrorException($"--map {pair}: write FILE_COLUMN=documented_column.");
            mapping[pair[..equals]] = pair[(equals + 1)..].Trim();
        }
        return mapping;
    }

    private static IEnumerable<CrossingRecord> Records(ICrossingRows reader, Action<CrossingRowError> onError)
    {
        while (reader.TryRead(out var record, out var error))
        {
            if (record is not null) yield return record;
            else onError(error!);
        }
    }

    private static IReadOnlyList<RiskProfile> ReadProfiles(FileInfo file)
    {
        if (!file.Exists) throw new UserErrorException($"Profiles file not found: {file.FullName}");
        try
        {
            return ProfileJson.ReadProfiles(File.ReadAllText(file.FullName));
        }
        catch (JsonException problem)
        {
            throw new UserErrorException($"Profiles file {file.Name} is not valid: {problem.Message}");
        }
    }

    private static DateOnly Day(string? text)
    {
        if (text is null) return DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UserErrorException("--date must be yyyy-MM-dd.");
    }

    private static string Describe(CrossingRowError e) =>
        Invariant($"line {e.Line}{(e.RecordId is null ? "" : $" ({e.RecordId})")}{(e.Column is null ? "" : $", {e.Column}")}: {e.Message}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
