using FocalPoint.Application.Import;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Risk.Crossings;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>A screened file: the run, or why nothing was screened (the file, or its rows: the first ones shown, all counted).</summary>
public sealed record CrossingFileResult(ScreeningRunResult? Run, string? FileProblem, IReadOnlyList<CrossingRowError> RowErrors, long RowErrorCount, int WatchListEntries)
{
    public bool Screened => Run is not null;

    /// <summary>When required columns are missing: the file's own columns, for the user to map.</summary>
    public IReadOnlyList<string> FileColumns { get; init; } = [];

    /// <summary>The required documented columns nothing maps to.</summary>
    public IReadOnlyList<string> MissingColumns { get; init; } = [];
}

/// <summary>
/// Screens an uploaded crossings file (CSV, XLSX or JSON Lines, in the documented columns or mapped onto them) against
/// the approved profiles and the registry's watch-list.
/// The file is read twice: first every row is checked, and a file with any malformed row is refused whole with a
/// row-level report (nothing screened, nothing queued), as an import would refuse it; then the rows are screened.
/// </summary>
public sealed class ScreenCrossingFile(
    FocalPointDbContext db, IAccessContext accessContext, ScreenCrossings screen, RegistryWatchList watchList, IOptions<ImportOptions> importOptions)
{
    /// <summary>Row errors listed in full; the rest are counted.</summary>
    public const int ShownRowErrors = 50;

    /// <param name="file">A seekable stream (the page buffers the upload under its size limit).</param>
    /// <param name="fileName">The name as uploaded: with the first bytes, it tells the format.</param>
    /// <param name="mapping">The file's column name to the documented one, for files in another shape.</param>
    public async Task<CrossingFileResult?> HandleAsync(
        Stream file, double controlRate = 0.005, string fileName = "crossings.csv", IReadOnlyDictionary<string, string>? mapping = null,
        CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CrossingScreening)) return null;

        var errors = new List<CrossingRowError>();
        long errorCount = 0;
        try
        {
            using var check = Open(file, fileName, mapping);
            while (check.TryRead(out _, out var error))
            {
                if (error is null) continue;
                if (errorCount++ < ShownRowErrors) errors.Add(error);
            }
        }
        catch (CrossingFileException problem)
        {
            return new CrossingFileResult(null, problem.Message, [], 0, 0) { FileColumns = problem.Headers, MissingColumns = problem.Missing };
        }
        if (errorCount > 0) return new CrossingFileResult(null, null, errors, errorCount, 0);

        var entries = await watchList.CurrentAsync(db, cancellationToken);
        using var reader = Open(file, fileName, mapping);
        var run = await screen.HandleAsync(Records(reader), entries, controlRate, cancellationToken: cancellationToken);
        return new CrossingFileResult(run, null, [], 0, entries.Count);
    }

    private CrossingRows Open(Stream file, string fileName, IReadOnlyDictionary<string, string>? mapping) =>
        CrossingFileReader.Open(file, fileName, mapping, importOptions.Value);

    private static IEnumerable<CrossingRecord> Records(CrossingRows reader)
    {
        while (reader.TryRead(out var record, out _))
        {
            if (record is not null) yield return record;
        }
    }
}
