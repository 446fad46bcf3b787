using System.Text;
using MiniExcelLibs;

namespace FocalPoint.Bench.Import;

/// <summary>The first rows of the agency CSV as an XLSX workbook, streamed (MiniExcel writes row by row), for the CLI's XLSX path.</summary>
internal static class WorkbookFile
{
    public static int Write(string csvPath, string xlsxPath, int rows)
    {
        using var reader = new StreamReader(csvPath, Encoding.UTF8);
        var header = Split(reader.ReadLine()!);
        var written = 0;
        using var output = File.Create(xlsxPath);
        output.SaveAs(Rows(), sheetName: "Incidents", excelType: ExcelType.XLSX);
        return written;

        IEnumerable<Dictionary<string, object?>> Rows()
        {
            while (written < rows && ReadRecord(reader) is { } line)
            {
                var values = Split(line);
                var row = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    row[header[i] ?? $"Column{i}"] = i < values.Count ? values[i] : null;
                }

                written++;
                yield return row;
            }
        }
    }

    /// <summary>One record: a quoted field may hold a line break (FlatFile quotes ; " and line breaks only).</summary>
    private static string? ReadRecord(StreamReader reader)
    {
        var line = reader.ReadLine();
        while (line is not null && line.Count(c => c == '"') % 2 == 1 && reader.ReadLine() is { } more)
        {
            line += "\n" + more;
        }

        return line;
    }

    private static List<string?> Split(string line)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                fields.Add(field.Length == 0 ? null : field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.Length == 0 ? null : field.ToString());
        return fields;
    }
}
