using System.Text;
using FocalPoint.Data.Protection;

namespace FocalPoint.Application.Import.Reading;

/// <summary>Opens a stored file as the right reader, after the checks that must come before any parsing.</summary>
public static class SourceOpener
{
    /// <param name="MaxRecordChars">The longest record a reader builds (Import:MaxRecordChars): the JSON Lines reader refuses a longer line before reading it whole.</param>
    /// <param name="Protection">The key ring the staged copy is encrypted with (<see cref="ProtectedFile"/>).</param>
    public sealed record Sniffed(ImportFormat Format, Encoding? Encoding, IReadOnlyList<string> Sheets, FieldProtection Protection, int MaxRecordChars = 4 << 20);

    public static Sniffed Sniff(string path, string fileName, string? chosenEncoding, ImportOptions options, FieldProtection protection)
    {
        using var stream = ProtectedFile.OpenRead(path, protection);
        var (format, encoding) = Check(stream, fileName, chosenEncoding, options);
        var sheets = format == ImportFormat.Xlsx ? XlsxSourceReader.SheetNames(stream, fileName) : [];
        return new Sniffed(format, encoding, sheets, protection, options.MaxRecordChars);
    }

    /// <summary>
    /// Opens a readable, seekable stream (not a staged file) as the right reader of its first table, after the same
    /// checks; the reader owns the stream. Used where a file is read without staging it (crossings to screen).
    /// </summary>
    public static ISourceReader OpenStream(Stream stream, string fileName, ImportOptions options)
    {
        var (format, encoding) = Check(stream, fileName, null, options);
        stream.Position = 0;
        return format switch
        {
            ImportFormat.Xlsx => new XlsxSourceReader(stream, null, fileName),
            ImportFormat.JsonLines => new JsonLinesSourceReader(stream, encoding!, fileName, options.MaxRecordChars),
            _ => new CsvSourceReader(stream, encoding!, fileName),
        };
    }

    /// <summary>The format and text encoding, after the checks that must come before any parsing (bombs, cell sizes, encoding).</summary>
    private static (ImportFormat Format, Encoding? Encoding) Check(Stream stream, string fileName, string? chosenEncoding, ImportOptions options)
    {
        var head = new byte[Math.Min(FileSniffer.SampleSize, stream.Length)];
        stream.ReadExactly(head);
        var format = FileSniffer.Detect(head, fileName);
        if (format == ImportFormat.Xlsx)
        {
            XlsxSourceReader.CheckNotABomb(stream, fileName, options.MaxUncompressedBytes, options.MaxCompressionRatio);
            XlsxCellLimit.Check(stream, fileName, options.MaxCellChars);
            return (format, null);
        }

        var encoding = TextEncodingDetector.FromName(chosenEncoding) ?? TextEncodingDetector.Detect(head);
        if (encoding is UTF8Encoding && TextEncodingDetector.Detect(head) is not UTF8Encoding and var detected)
        {
            throw new ImportFileException(
                $"{fileName} is not valid UTF-8: it looks like {detected.WebName}. Choose that encoding or leave it to detection.");
        }

        return (format, encoding);
    }

    public static ISourceReader Open(string path, string fileName, Sniffed sniffed, string? sheet) => Open(path, fileName, sniffed, sheet, out _);

    /// <param name="stream">The underlying file, whose position tells how far the reader has come.</param>
    public static ISourceReader Open(string path, string fileName, Sniffed sniffed, string? sheet, out Stream stream)
    {
        stream = ProtectedFile.OpenRead(path, sniffed.Protection);
        try
        {
            return sniffed.Format switch
            {
                ImportFormat.Xlsx => new XlsxSourceReader(stream, sheet, fileName),
                ImportFormat.JsonLines => new JsonLinesSourceReader(stream, sniffed.Encoding!, fileName, sniffed.MaxRecordChars),
                _ => new CsvSourceReader(stream, sniffed.Encoding!, fileName),
            };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
