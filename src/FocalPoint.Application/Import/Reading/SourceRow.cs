namespace FocalPoint.Application.Import.Reading;

/// <summary>One data row as read: its number in the source (header = row 1 in CSV and sheets, line number in JSON Lines) and its cells as text.</summary>
public sealed record SourceRow(long RowNumber, IReadOnlyList<string?> Values)
{
    /// <summary>How many cells the row lacks against the header (a truncated or broken line).</summary>
    public int ShortBy { get; init; }
}

/// <summary>A streaming reader of one table (a CSV file, one sheet, a JSON Lines file): the header, then rows one at a time.</summary>
public interface ISourceReader : IDisposable
{
    IReadOnlyList<string> Headers { get; }

    IEnumerable<SourceRow> ReadRows(CancellationToken cancellationToken);
}

/// <summary>A file that cannot be imported at all; the message names the file and the problem.</summary>
public sealed class ImportFileException(string message) : Exception(message);

public enum ImportFormat
{
    Csv,
    Xlsx,
    JsonLines,
}
