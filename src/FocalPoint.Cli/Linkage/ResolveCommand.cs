using System.CommandLine;
using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Linkage;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Domain.Resolution;

namespace FocalPoint.Cli.Linkage;

/// <summary>
/// `focalpoint resolve [--kind persons|firearms]`: resolves the registry's records into stored entities with stable ids
/// (first run: everything; later runs: new records only) and queues doubtful pairs for review. Progress on stderr.
/// </summary>
public static class ResolveCommand
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var kind = new Option<string>("--kind") { Description = "persons, firearms or all (default).", DefaultValueFactory = _ => "all" };
        kind.AcceptOnlyFromAmong("persons", "firearms", "all");
        var user = new Option<string>("--user") { Description = "Who runs it, for the history and the audit log.", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("resolve", "Resolve registry persons and firearms into entities with stable ids; doubtful pairs go to the review queue.") { kind, user };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var kinds = parse.GetValue(kind) switch
            {
                "persons" => [ResolvedKind.Person],
                "firearms" => [ResolvedKind.Firearm],
                _ => new[] { ResolvedKind.Person, ResolvedKind.Firearm },
            };
            foreach (var k in kinds)
            {
                await RunAsync(services, k, parse, ct);
            }

            return CommandLine.Ok;
        });
        return command;
    }

    private static async Task RunAsync(CliServices services, ResolvedKind kind, ParseResult parse, CancellationToken ct)
    {
        var error = parse.InvocationConfiguration.Error;
        var progress = new StageReporter(error, kind);
        var result = await services.RunAsync<RunResolution, CommandResult<ResolutionSummary>>(r => r.HandleAsync(kind, progress, ct));
        error.WriteLine();
        if (!result.Succeeded)
        {
            throw new UserErrorException(result.Conflict ? "A resolution run is already under way."
                : string.Join(" ", result.Errors?.ToDictionary().SelectMany(e => e.Value) ?? ["The run was refused."]));
        }

        var s = result.Value!;
        parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind} run {s.RunId} ({(s.Incremental ? "incremental" : "first")}): {s.Records:N0} records, {s.NewRecords:N0} new, {s.EntitiesCreated:N0} entities created, {s.RecordsJoined:N0} records joined existing entities, {s.PairsQueued:N0} pairs queued for review, {s.CandidatePairs:N0} candidate pairs, {s.Seconds:F1} s."));
    }

    /// <summary>Writes each stage as it starts; synchronous, so lines come in order.</summary>
    private sealed class StageReporter(TextWriter error, ResolvedKind kind) : IProgress<ResolutionProgress>
    {
        public void Report(ResolutionProgress value) =>
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{kind}: {value.Stage,-10} [{new string('#', value.Percent / 5),-20}] {value.Percent,3}%  "));
    }
}
