using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FocalPoint.Application.Import.Reading;

/// <summary>JSON Lines: one object per line; the columns are the first object's property names.</summary>
internal sealed class JsonLinesSourceReader : ISourceReader
{
    private readonly StreamReader reader;
    private readonly string fileName;
    private readonly string? firstLine;
    private readonly int maxChars;
    private readonly StringBuilder buffer = new();
    private long lineNumber;

    public JsonLinesSourceReader(Stream stream, Encoding encoding, string fileName, int maxChars)
    {
        this.fileName = fileName;
        this.maxChars = maxChars;
        reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16);
        firstLine = NextLine();
        if (firstLine is null)
        {
            throw new ImportFileException($"{fileName} holds no JSON objects.");
        }

        using var first = Parse(firstLine, lineNumber);
        Headers = first.RootElement.EnumerateObject().Select(p => p.Name).ToList();
    }

    public IReadOnlyList<string> Headers { get; }

    public IEnumerable<SourceRow> ReadRows(CancellationToken cancellationToken)
    {
        var line = firstLine;
        var number = lineNumber;
        while (line is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using (var document = Parse(line, number))
            {
                var values = new string?[Headers.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = document.RootElement.TryGetProperty(Headers[i], out var value) ? Text(value) : null;
                }

                yield return new SourceRow(number, values);
            }

            line = NextLine();
            number = lineNumber;
        }
    }

    public void Dispose() => reader.Dispose();

    private string? NextLine()
    {
        string? text;
        do
        {
            text = ReadBoundedLine();
            lineNumber++;
        }
        while (text is not null && string.IsNullOrWhiteSpace(text));
        return text;
    }

    /// <summary>ReadLine that stops at the limit: a 200 MB line is refused after reading its first megabytes, not built whole.</summary>
    private string? ReadBoundedLine()
    {
        buffer.Clear();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                return buffer.ToString();
            }

            if (c != '\r')
            {
                buffer.Append((char)c);
                if (buffer.Length > maxChars)
                {
                    throw new ImportFileException(string.Create(CultureInfo.InvariantCulture,
                        $"{fileName}, line {lineNumber + 1} is longer than the {maxChars:N0} characters allowed for one record (Import:MaxRecordChars)."));
                }
            }
        }

        return buffer.Length > 0 ? buffer.ToString() : null;
    }

    private JsonDocument Parse(string line, long number)
    {
        try
        {
            var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new ImportFileException($"{fileName}, line {number}: each line must be one JSON object.");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new ImportFileException($"{fileName}, line {number} is not valid JSON (truncated file?): {e.Message}");
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
