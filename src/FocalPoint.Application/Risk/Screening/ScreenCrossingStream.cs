using System.Text.Json;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Risk.Crossings;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>
/// What became of a batch of streamed crossings: screened whole (the run), or refused whole with the reason: the body
/// could not be read as JSON, it held more records than allowed, or records broke the shape (the first ones listed,
/// all counted). A refused batch screened and stored nothing.
/// </summary>
public sealed record CrossingBatchResult(ScreeningRunResult? Run, int WatchListEntries, string? Unreadable, bool TooMany,
    IReadOnlyList<CrossingFieldError> Errors, int ErrorCount)
{
    public bool Screened => Run is not null;

    internal static CrossingBatchResult Refused(string? unreadable = null, bool tooMany = false, IReadOnlyList<CrossingFieldError>? errors = null, int count = 0) =>
        new(null, 0, unreadable, tooMany, errors ?? [], count);
}

/// <summary>
/// Screens a batch of crossing records sent as JSON (an array of records, or JSON Lines) against the approved profiles
/// and the registry's watch-list. The batch is read and checked whole before anything is screened: one malformed
/// record refuses it all, as a file with a malformed row is refused, so a sender never has to guess which records
/// were taken.
/// </summary>
public sealed class ScreenCrossingStream(FocalPointDbContext db, IAccessContext accessContext, ScreenCrossings screen, RegistryWatchList watchList)
{
    /// <summary>Field errors listed in full; the rest are counted.</summary>
    public const int ShownErrors = 50;

    /// <param name="body">The request body, UTF-8.</param>
    /// <param name="jsonLines">One record per line instead of one array.</param>
    /// <param name="maxRecords">More records than this refuse the batch (reading stops there).</param>
    /// <param name="controlRate">The share of records drawn at random for a control check.</param>
    public async Task<CrossingBatchResult?> HandleAsync(Stream body, bool jsonLines, int maxRecords, double controlRate = 0.005, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CrossingScreening)) return null;

        var records = new List<CrossingRecord>();
        var errors = new List<CrossingFieldError>();
        var index = 0;
        try
        {
            await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, jsonLines, cancellationToken: cancellationToken))
            {
                if (index == maxRecords) return CrossingBatchResult.Refused(tooMany: true);
                if (CrossingJson.Read(element, index++, errors) is { } record) records.Add(record);
            }
        }
        catch (JsonException problem)
        {
            // The position, never the content: the body holds names and birth dates.
            return CrossingBatchResult.Refused(unreadable: $"The body could not be read as {(jsonLines ? "JSON Lines (one record object a line)" : "a JSON array of records")}: "
                + $"the problem is at record {index} (line {problem.LineNumber + 1}, byte {problem.BytePositionInLine + 1}).");
        }

        if (index == 0) return CrossingBatchResult.Refused(unreadable: "The body holds no crossing records.");

        if (errors.Count > 0) return CrossingBatchResult.Refused(errors: [.. errors.Take(ShownErrors)], count: errors.Count);
        var entries = await watchList.CurrentAsync(db, cancellationToken);
        var run = await screen.HandleAsync(records, entries, controlRate, cancellationToken: cancellationToken);
        return run is null ? null : new CrossingBatchResult(run, entries.Count, null, false, [], 0);
    }
}
