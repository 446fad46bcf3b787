using System.Text;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Risk.Crossings;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>A screened file: the run, or why nothing was screened (the file, or its rows: the first ones shown, all counted).</summary>
public sealed record CrossingFileResult(ScreeningRunResult? Run, string? FileProblem, IReadOnlyList<CrossingRowError> RowErrors, long RowErrorCount, int WatchListEntries)
{
    public bool Screened => Run is not null;
}

/// <summary>
/// Screens an uploaded crossings file (the documented CSV) against the approved profiles and the registry's watch-list.
/// The file is read twice: first every row is checked, and a file with any malformed row is refused whole with a
/// row-level report (nothing screened, nothing queued), as an import would refuse it; then the rows are screened.
/// </summary>
public sealed class ScreenCrossingFile(FocalPointDbContext db, IAccessContext accessContext, ScreenCrossings screen, RegistryWatchList watchList)
{
    /// <summary>Row errors listed in full; the rest are counted.</summary>
    public const int ShownRowErrors = 50;

    /// <param name="file">A seekable stream (the page buffers the upload under its size limit).</param>
    public async Task<CrossingFileResult?> HandleAsync(Stream file, double controlRate = 0.005, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CrossingScreening)) return null;

        var errors = new List<CrossingRowError>();
        long errorCount = 0;
        try
        {
            var check = Reader(file);
            while (check.TryRead(out _, out var error))
            {
                if (error is null) continue;
                if (errorCount++ < ShownRowErrors) errors.Add(error);
            }
        }
        catch (CrossingFileException problem)
        {
            return new CrossingFileResult(null, problem.Message, [], 0, 0);
        }
        if (errorCount > 0) return new CrossingFileResult(null, null, errors, errorCount, 0);

        file.Position = 0;
        var entries = await watchList.CurrentAsync(db, cancellationToken);
        var reader = Reader(file);
        var run = await screen.HandleAsync(Records(reader), entries, controlRate, cancellationToken: cancellationToken);
        return new CrossingFileResult(run, null, [], 0, entries.Count);
    }

    private static CrossingCsvReader Reader(Stream file) =>
        new(new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true));

    private static IEnumerable<CrossingRecord> Records(CrossingCsvReader reader)
    {
        while (reader.TryRead(out var record, out _))
        {
            if (record is not null) yield return record;
        }
    }
}
