using System.CommandLine;
using System.Globalization;
using FocalPoint.Application.Import;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Domain.Import;

namespace FocalPoint.Cli.Import;

/// <summary>`focalpoint import FILE --profile NAME`: stage, validate and commit a file all-or-nothing; `import rollback|resume|discard BATCH`.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var database = new DatabaseArguments();
        var file = new Argument<FileInfo>("FILE") { Description = "CSV (any common separator), XLSX or JSON Lines file." };
        var profile = new Option<string>("--profile") { Description = "The source's mapping profile; created from the headers on first use.", Required = true };
        var policy = new Option<ImportPolicy?>("--policy") { Description = "Refuse (default: any bad row refuses the file) or Quarantine (import the good rows, keep the rest)." };
        var encoding = new Option<string?>("--encoding") { Description = "utf-8, utf-16, windows-1250 or windows-1252; detected when omitted." };
        var sheet = new Option<string?>("--sheet") { Description = "The workbook sheet (XLSX); the profile's or the first when omitted." };
        var user = new Option<string>("--user") { Description = "Who imports, for provenance and the audit log.", DefaultValueFactory = _ => Environment.UserName };
        var update = new Option<bool>("--update")
        {
            Description = "Update records imported before whose rows changed (kept per record with this batch; its rollback restores them). Without it such rows are errors.",
        };
        var edits = new MappingOptions();
        var commitOptions = new CommitOptionSet();
        var command = new Command("import", "Import an agency export into the registry: validated, all-or-nothing, without duplicates.")
        {
            file, profile, policy, encoding, sheet, user, update,
            BatchCommand("rollback", "Remove every record a committed batch created.", (s, id, ct) => s.RunAsync<RollbackImport, ImportResult<long>>(h => h.RollbackAsync(id, ct)), "Rolled back {0:N0} incidents."),
            BatchCommand("discard", "Give up a staged or interrupted batch.", (s, id, ct) => s.RunAsync<ImportBatches, ImportResult<long>>(h => h.DiscardAsync(id, ct)), "Discarded batch {0}."),
            ResumeCommand(),
        };
        database.AddTo(command);
        edits.AddTo(command);
        commitOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(file)!;
            await using var content = InputFile.OpenRead(input);
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h => h.StageAsync(content, new StageRequest(
                parse.GetValue(profile)!, input.Name, parse.GetValue(policy), parse.GetValue(encoding), parse.GetValue(sheet), RequireCompleteMapping: true,
                Edit: edits.Read(parse), UpdateChanged: parse.GetValue(update)), ct));
            if (!staged.Succeeded)
            {
                throw new UserErrorException(CliText.Problem(staged.Problem!));
            }

            var error = parse.InvocationConfiguration.Error;
            var s = staged.Value!;
            var columns = string.Join(", ", s.Mapping.Columns.Select(c => $"{c.Value} -> {c.Key}"));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Batch {s.BatchId}: {s.Format} {s.Encoding ?? s.Sheet}, {(s.MappingFromProfile ? "profile" : "suggested")} mapping: {columns}"));
            return await CommitRun.CommitAsync(services, s.BatchId, parse, commitOptions.Read(parse), ct);
        });
        return command;
    }

    private static Command ResumeCommand()
    {
        var database = new DatabaseArguments();
        var batch = new Argument<long>("BATCH");
        var user = new Option<string>("--user") { DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("resume", "Commit a staged batch, or one a crash or Ctrl+C interrupted.") { batch, user };
        var commitOptions = new CommitOptionSet();
        database.AddTo(command);
        commitOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            return await CommitRun.CommitAsync(services, parse.GetValue(batch), parse, commitOptions.Read(parse), ct);
        });
        return command;
    }

    private static Command BatchCommand(string name, string description, Func<CliServices, long, CancellationToken, Task<ImportResult<long>>> run, string done)
    {
        var database = new DatabaseArguments();
        var batch = new Argument<long>("BATCH");
        var user = new Option<string>("--user") { DefaultValueFactory = _ => Environment.UserName };
        var command = new Command(name, description) { batch, user };
        database.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.CreateAsync(parse, database, parse.GetValue(user)!, ct);
            var result = await run(services, parse.GetValue(batch), ct);
            if (!result.Succeeded)
            {
                throw new UserErrorException(CliText.Problem(result.Problem!));
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Format(CultureInfo.InvariantCulture, done, result.Value));
            return CommandLine.Ok;
        });
        return command;
    }
}
