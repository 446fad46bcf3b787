using System.Diagnostics;
using System.Globalization;
using FocalPoint.Application.Import;

namespace FocalPoint.Cli.Import;

/// <summary>A one-line progress bar with rate and time left on stderr, redrawn at most four times a second.</summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<ImportProgress>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    // Null until the first draw: a sentinel such as TimeSpan.MinValue overflows when subtracted from the elapsed time.
    private TimeSpan? lastDraw;

    public void Report(ImportProgress value)
    {
        var done = value.BytesTotal > 0 && value.BytesRead >= value.BytesTotal;
        if (!done && lastDraw is { } last && clock.Elapsed - last < TimeSpan.FromMilliseconds(250))
        {
            return;
        }

        lastDraw = clock.Elapsed;
        var fraction = value.BytesTotal > 0 ? Math.Clamp((double)value.BytesRead / value.BytesTotal, 0, 1) : 0;
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var eta = fraction > 0.001 ? TimeSpan.FromSeconds(seconds / fraction - seconds) : TimeSpan.Zero;
        var filled = (int)(fraction * 30);
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('-', 30 - filled)}] {fraction,4:P0} {value.RowsRead:N0} rows, {value.RecordsImported:N0} imported, {value.RowsSkipped:N0} skipped, {value.RowsQuarantined:N0} with errors, {value.RowsRead / seconds:N0} rows/s, ETA {eta:hh\\:mm\\:ss}  "));
    }

    public void Finish() => error.WriteLine();
}
