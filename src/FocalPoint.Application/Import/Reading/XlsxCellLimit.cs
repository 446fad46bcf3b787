using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace FocalPoint.Application.Import.Reading;

/// <summary>
/// A workbook can pass the zip-bomb check and still hold one cell of hundreds of megabytes, which MiniExcel would build
/// as one string (gigabytes of memory). The sheets and the shared strings are therefore streamed once, text node by text
/// node in bounded chunks, and the file is refused at the first cell longer than the limit, before any row is read.
/// </summary>
internal static class XlsxCellLimit
{
    public static void Check(Stream stream, string fileName, int maxCellChars)
    {
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var buffer = new char[1 << 14];
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            && (e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) || e.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))))
        {
            using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
            while (xml.Read())
            {
                if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace))
                {
                    continue;
                }

                long length = 0;
                int read;
                while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    length += read;
                    if (length > maxCellChars)
                    {
                        throw new ImportFileException(string.Create(CultureInfo.InvariantCulture,
                            $"{fileName}: a cell in {entry.FullName} is longer than the {maxCellChars:N0} characters allowed (Import:MaxCellChars)."));
                    }
                }
            }
        }

        stream.Position = 0;
    }
}
