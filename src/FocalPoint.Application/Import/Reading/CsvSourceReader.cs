using System.Globalization;
using System.Text;
using CsvHelper;

namespace FocalPoint.Application.Import.Reading;

/// <summary>CSV with the separator detected (comma, semicolon, tab, pipe) and the encoding detected or chosen.</summary>
internal sealed class CsvSourceReader : ISourceReader
{
    private readonly CsvReader csv;
    private readonly string fileName;

    public CsvSourceReader(Stream stream, Encoding encoding, string fileName)
    {
        this.fileName = fileName;
        csv = CsvReader.Create(stream, new CsvReaderOptions
        {
            FormatProvider = CultureInfo.InvariantCulture,
            TrimWhitespace = true,
            Encoding = encoding,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            TrackLineNumbers = true,
            // An unclosed quote must not make the reader swallow the rest of a large file into one record.
            MaxRecordSize = 1 << 20,
        }, leaveOpen: false);
        Headers = Guard(() => csv.Headers.Select(h => h ?? "").ToList());
        if (Headers.Count == 0 || Headers.All(string.IsNullOrWhiteSpace))
        {
            throw new ImportFileException($"{fileName} has no header row naming the columns.");
        }
    }

    public IReadOnlyList<string> Headers { get; }

    public IEnumerable<SourceRow> ReadRows(CancellationToken cancellationToken)
    {
        // A spreadsheet shows a quoted line break inside a cell as one row: the row number is the record's last physical
        // line less every line break inside cells so far, so row 624 of the error report is row 624 on the user's screen.
        long breaksInCells = 0;
        while (Guard(csv.Read))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new string?[Math.Max(csv.FieldCount, Headers.Count)];
            for (var i = 0; i < csv.FieldCount; i++)
            {
                values[i] = csv.GetString(i);
                breaksInCells += LineBreaks(values[i]);
            }

            var row = csv.LineNumber - breaksInCells;

            if (csv.FieldCount < Headers.Count)
            {
                // A row cut short (a truncated file, a stray line break) is reported on the row, not guessed at.
                values = [.. values.Take(csv.FieldCount), .. Enumerable.Repeat<string?>(null, Headers.Count - csv.FieldCount)];
                yield return new SourceRow(row, values) { ShortBy = Headers.Count - csv.FieldCount };
                continue;
            }

            yield return new SourceRow(row, values);
        }
    }

    public void Dispose() => csv.Dispose();

    private static int LineBreaks(string? value)
    {
        if (value is null || value.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return 0;
        }

        var span = value.AsSpan();
        return span.Count('\n') + span.Count('\r') - span.Count("\r\n");
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvFormatException e)
        {
            throw new ImportFileException($"{fileName} is not well-formed CSV (truncated or misquoted?): {e.Message}");
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException($"{fileName} is not in the chosen encoding: choose another (utf-8, windows-1250, windows-1252).");
        }
    }
}
