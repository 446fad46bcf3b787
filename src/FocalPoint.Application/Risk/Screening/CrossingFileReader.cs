using System.Text;
using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Risk.Crossings;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>
/// Opens a crossings file in any format the import reads (CSV, XLSX, JSON Lines), with an optional column mapping
/// (the file's column name to the documented one). The documented CSV with no mapping takes the fast reader that
/// screens ten million rows in under a minute; everything else goes through the import's readers and their checks
/// (zip bombs, cell and record sizes, encodings) into the same row parser, so every shape gives the same records and
/// the same row errors.
/// </summary>
public static class CrossingFileReader
{
    /// <param name="file">A seekable stream; the returned rows read it and dispose of nothing.</param>
    /// <exception cref="CrossingFileException">The file cannot be read at all, or lacks required columns (its headers are given).</exception>
    public static CrossingRows Open(Stream file, string fileName, IReadOnlyDictionary<string, string>? mapping, ImportOptions options)
    {
        if (mapping?.Values.FirstOrDefault(v => !CrossingColumns.IsDocumented(v)) is { } unknown)
        {
            throw new CrossingFileException($"'{unknown}' is not a documented column: map onto id, time, crossing_point, direction, plate, plate_country, vehicle_type, origin_country, cargo or personN_name, personN_birth_date, personN_document.");
        }

        file.Position = 0;
        var head = new byte[Math.Min(FileSniffer.SampleSize, file.Length)];
        file.ReadExactly(head);
        file.Position = 0;
        if (FileSniffer.Detect(head, fileName) == ImportFormat.Csv && (mapping is null || mapping.Count == 0))
        {
            return new CrossingRows(new CrossingCsvReader(new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true)), null);
        }

        ISourceReader source;
        try
        {
            source = SourceOpener.OpenStream(new NonClosingStream(file), fileName, options);
        }
        catch (ImportFileException problem)
        {
            throw new CrossingFileException(problem.Message);
        }

        try
        {
            return new CrossingRows(new MappedCrossingRows(source, Rename(source.Headers, mapping)), source);
        }
        catch (CrossingFileException missing)
        {
            source.Dispose();
            // The user maps the file's own names, not the renamed ones.
            throw new CrossingFileException(missing.Message) { Headers = [.. source.Headers], Missing = missing.Missing };
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>The file's column names with mapped ones renamed; a file column that collides with a mapped target is set aside.</summary>
    private static List<string> Rename(IReadOnlyList<string> headers, IReadOnlyDictionary<string, string>? mapping)
    {
        mapping ??= new Dictionary<string, string>();
        var targets = new HashSet<string>(mapping.Values, StringComparer.OrdinalIgnoreCase);
        return headers.Select(h => mapping.TryGetValue(h, out var documented) ? documented : targets.Contains(h.Trim()) ? "" : h).ToList();
    }

    /// <summary>Rows from an import reader, parsed as crossings.</summary>
    private sealed class MappedCrossingRows(ISourceReader source, IReadOnlyList<string> headers) : ICrossingRows
    {
        private readonly CrossingRowParser parser = new(headers);
        private readonly IEnumerator<SourceRow> rows = source.ReadRows(CancellationToken.None).GetEnumerator();
        private readonly Cells cells = new();

        public long LineNumber { get; private set; } = 1;

        public bool TryRead(out CrossingRecord? record, out CrossingRowError? error)
        {
            (record, error) = (null, null);
            try
            {
                while (rows.MoveNext())
                {
                    LineNumber = rows.Current.RowNumber;
                    cells.Values = rows.Current.Values;
                    if (rows.Current.Values.All(string.IsNullOrWhiteSpace)) continue;
                    return parser.TryParse(cells, LineNumber, out record, out error);
                }
            }
            catch (ImportFileException problem)
            {
                // A reader stops at a cell or record over its limit: the file is refused as a whole.
                throw new CrossingFileException(problem.Message);
            }

            return false;
        }
    }

    private sealed class Cells : ICrossingCells
    {
        public IReadOnlyList<string?> Values { get; set; } = [];

        public ReadOnlySpan<char> this[int index] => index >= 0 && index < Values.Count ? Values[index].AsSpan().Trim() : default;
    }

    /// <summary>The import's readers own their stream; the caller keeps this one to read it a second time.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>An opened crossings file: its rows, and the import reader behind them (if any) to dispose of.</summary>
public sealed class CrossingRows(ICrossingRows rows, IDisposable? owner) : ICrossingRows, IDisposable
{
    public long LineNumber => rows.LineNumber;

    public bool TryRead(out CrossingRecord? record, out CrossingRowError? error) => rows.TryRead(out record, out error);

    public void Dispose() => owner?.Dispose();
}
