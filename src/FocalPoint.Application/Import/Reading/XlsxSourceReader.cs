using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;

namespace FocalPoint.Application.Import.Reading;

/// <summary>One sheet of an XLSX workbook, streamed by MiniExcel; the first row is the header.</summary>
internal sealed class XlsxSourceReader : ISourceReader
{
    private readonly Stream stream;
    private readonly IEnumerator<object> rows;
    private readonly string[] columns;

    public XlsxSourceReader(Stream stream, string? sheet, string fileName)
    {
        this.stream = stream;
        var sheets = SheetNames(stream, fileName);
        if (sheet is not null && !sheets.Contains(sheet, StringComparer.Ordinal))
        {
            throw new ImportFileException($"{fileName} has no sheet \"{sheet}\". Sheets: {string.Join(", ", sheets)}.");
        }

        Sheet = sheet ?? sheets.FirstOrDefault() ?? throw new ImportFileException($"{fileName} has no sheets.");
        stream.Position = 0;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: Sheet, excelType: ExcelType.XLSX).GetEnumerator();
            if (!rows.MoveNext())
            {
                throw new ImportFileException($"{fileName}, sheet {Sheet}: no header row.");
            }

            var header = (IDictionary<string, object?>)rows.Current;
            columns = [.. header.Keys];
            Headers = columns.Select(c => Cell(header[c]) ?? "").ToList();
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException)
        {
            throw new ImportFileException($"{fileName} is not a readable XLSX workbook (damaged or truncated?): {e.Message}");
        }
    }

    public string Sheet { get; }

    public IReadOnlyList<string> Headers { get; }

    /// <summary>Sheet names; refuses a workbook that is not a valid zip.</summary>
    public static List<string> SheetNames(Stream stream, string fileName)
    {
        try
        {
            stream.Position = 0;
            return MiniExcel.GetSheetNames(stream);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException or ArgumentException)
        {
            throw new ImportFileException($"{fileName} is not a readable XLSX workbook (damaged or truncated?): {e.Message}");
        }
    }

    /// <summary>
    /// A zip bomb declares small compressed sizes for huge contents: the declared sizes and ratios are checked from
    /// the central directory before a single cell is read.
    /// </summary>
    public static void CheckNotABomb(Stream stream, string fileName, long maxUncompressedBytes, int maxRatio)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > 1_000_000 && entry.Length > (long)maxRatio * Math.Max(entry.CompressedLength, 1))
                {
                    throw new ImportFileException(string.Create(CultureInfo.InvariantCulture,
                        $"{fileName} looks like a zip bomb: {entry.FullName} expands {entry.Length / Math.Max(entry.CompressedLength, 1):N0} times (at most {maxRatio} allowed)."));
                }
            }

            if (total > maxUncompressedBytes)
            {
                throw new ImportFileException(string.Create(CultureInfo.InvariantCulture,
                    $"{fileName} expands to {total:N0} bytes, more than the {maxUncompressedBytes:N0} allowed (zip bomb?)."));
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImportFileException($"{fileName} is not a readable XLSX workbook (damaged or truncated?): {e.Message}");
        }
        finally
        {
            stream.Position = 0;
        }
    }

    public IEnumerable<SourceRow> ReadRows(CancellationToken cancellationToken)
    {
        long number = 1;
        while (Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var row = (IDictionary<string, object?>)rows.Current;
            var values = new string?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                values[i] = row.TryGetValue(columns[i], out var value) ? Cell(value) : null;
            }

            if (values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            yield return new SourceRow(number, values);
        }
    }

    public void Dispose()
    {
        rows?.Dispose();
        stream.Dispose();
    }

    private bool Next()
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new ImportFileException($"The workbook is damaged or truncated: {e.Message}");
        }
    }

    /// <summary>Dates keep an unambiguous ISO form; numbers the invariant one.</summary>
    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
