using System.CommandLine;
using System.Globalization;
using FocalPoint.Application.Import;
using FocalPoint.Cli.Infrastructure;
using FocalPoint.Domain.Import;

namespace FocalPoint.Cli.Import;

/// <summary>
/// Commits a staged batch with a progress bar and reports it: the first problems, close place matches, the whole error
/// report on request, and exit code 3 when most rows went to the quarantine.
/// </summary>
internal static class CommitRun
{
    internal static async Task<int> CommitAsync(CliServices services, long batchId, ParseResult parse, CommitOptions options, CancellationToken ct)
    {
        var bar = new ProgressBar(parse.InvocationConfiguration.Error);
        var result = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(batchId, bar, ct));
        bar.Finish();
        var error = parse.InvocationConfiguration.Error;
        if (result.Value is { } summary)
        {
            foreach (var e in summary.FirstErrors)
            {
                var fix = CliText.Fix(e);
                error.WriteLine("  " + CliText.Format("Cli_RowError", e.Row, e.Field,
                    $"{CliText.Problem(e)}{(e.Value is null ? "" : $" (\"{e.Value}\")")}{(fix is null ? "" : $" {fix}")}"));
            }

            foreach (var match in summary.CloseMatches ?? [])
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  matched \"{match.Spelling}\" to {match.MatchedTo} ({match.Column}) in {match.Rows:N0} record(s)"));
            }

            if (summary.RowsQuarantined > summary.FirstErrors.Count)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  ... the first {summary.FirstErrors.Count} problems shown; {(options.ErrorsFile is null ? "--errors FILE.csv writes every one" : "every one is in the error report")}."));
            }

            if (options.ErrorsFile is { } errorsFile && summary.RowsQuarantined > 0)
            {
                await WriteErrorsAsync(services, summary.BatchId, errorsFile, parse, ct);
            }

            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Batch {summary.BatchId} {summary.State}: {summary.RowsRead:N0} rows read, {summary.RecordsImported:N0} incidents and {summary.PersonsImported:N0} persons imported, {(summary.RecordsUpdated > 0 ? $"{summary.RecordsUpdated:N0} incidents updated, " : "")}{summary.RowsSkipped:N0} rows skipped as already imported, {summary.RowsQuarantined:N0} rows with errors{(summary.State == ImportBatchState.Committed && summary.RowsQuarantined > 0 ? " kept in quarantine" : "")}."));
            if (result.Succeeded && summary.RowsRead > 0 && summary.RowsQuarantined * 100.0 / summary.RowsRead > options.MaxQuarantinedPercent)
            {
                // Committed, yet most of the file is waiting in the quarantine: a script must not read this as a success.
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Mostly quarantined: {summary.RowsQuarantined * 100.0 / summary.RowsRead:0.#}% of the rows have errors (more than the {options.MaxQuarantinedPercent}% allowed by --max-quarantined). Correct them in the quarantine or roll batch {summary.BatchId} back."));
                return CommandLine.MostlyQuarantined;
            }
        }

        if (!result.Succeeded)
        {
            throw new UserErrorException(CliText.Problem(result.Problem!));
        }

        return CommandLine.Ok;
    }

    private static async Task WriteErrorsAsync(CliServices services, long batchId, FileInfo file, ParseResult parse, CancellationToken ct)
    {
        await using (var output = InputFile.Create(file))
        {
            await services.RunAsync<Application.Import.ErrorReport.ImportErrorReport, bool>(async h =>
            {
                await h.WriteAsync(batchId, Application.Registry.Incidents.Export.ExportFormat.Csv, output, ct);
                return true;
            });
        }

        parse.InvocationConfiguration.Error.WriteLine($"  every problem, with its row's values: {file.FullName}");
    }
}
