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
        while (Guard(csv.Read))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = new string?[Math.Max(csv.FieldCount, Headers.Count)];
            for (var i = 0; i < csv.FieldCount; i++)
            {
                values[i] = csv.GetString(i);
            }

            if (csv.FieldCount < Headers.Count)
            {
                // A row cut short (a truncated file, a stray line break) is reported on the row, not guessed at.
                values = [.. values.Take(csv.FieldCount), .. Enumerable.Repeat<string?>(null, Headers.Count - csv.FieldCount)];
                yield return new SourceRow(csv.LineNumber, values) { ShortBy = Headers.Count - csv.FieldCount };
                continue;
            }

            yield return new SourceRow(csv.LineNumber, values);
        }
    }

    public void Dispose() => csv.Dispose();

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
