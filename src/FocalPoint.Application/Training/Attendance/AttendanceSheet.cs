using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Reading;

namespace FocalPoint.Application.Training.Attendance;

/// <summary>
/// Reads an attendance list through the import machinery's own readers and checks (ADR 0009): the first bytes decide
/// CSV or XLSX, a workbook is checked for declared sizes, ratios and cell lengths before any cell is read, and a CSV's
/// encoding is detected. Attendance lists are small, so the file is held in memory within <see cref="MaxBytes"/>.
/// </summary>
public static class AttendanceSheet
{
    public const long MaxBytes = 5L << 20;
    public const int MaxRows = 5000;

    public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<SourceRow> Rows);

    /// <exception cref="ImportFileException">The file is not a readable CSV or XLSX table, or too large.</exception>
    public static async Task<Table> ReadAsync(Stream upload, string fileName, ImportOptions options, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await CopyBoundedAsync(upload, buffer, fileName, cancellationToken);
        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(FileSniffer.SampleSize, buffer.Length));
        var format = FileSniffer.Detect(head, fileName);
        buffer.Position = 0;
        using ISourceReader reader = format switch
        {
            ImportFormat.Xlsx => OpenWorkbook(buffer, fileName, options),
            ImportFormat.Csv => new CsvSourceReader(buffer, TextEncodingDetector.Detect(head), fileName),
            _ => throw new ImportFileException($"{fileName} is neither a CSV file nor an XLSX workbook."),
        };
        var rows = new List<SourceRow>();
        foreach (var row in reader.ReadRows(cancellationToken))
        {
            if (row.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                throw new ImportFileException($"{fileName} has more than {MaxRows} rows: an attendance list is one course.");
            }

            rows.Add(row);
        }

        return new Table(reader.Headers, rows);
    }

    private static XlsxSourceReader OpenWorkbook(MemoryStream buffer, string fileName, ImportOptions options)
    {
        XlsxSourceReader.CheckNotABomb(buffer, fileName, options.MaxUncompressedBytes, options.MaxCompressionRatio);
        XlsxCellLimit.Check(buffer, fileName, options.MaxCellChars);
        buffer.Position = 0;
        return new XlsxSourceReader(buffer, null, fileName);
    }

    private static async Task CopyBoundedAsync(Stream from, MemoryStream to, string fileName, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (to.Length + read > MaxBytes)
            {
                throw new ImportFileException($"{fileName} is larger than {MaxBytes >> 20} MB.");
            }

            to.Write(chunk, 0, read);
        }
    }
}
