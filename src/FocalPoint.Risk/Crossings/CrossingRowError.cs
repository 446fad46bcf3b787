namespace FocalPoint.Risk.Crossings;

/// <summary>A row that could not be read, as the import's row-level report gives it.</summary>
/// <param name="Line">1-based line number in the file (the header is line 1).</param>
/// <param name="RecordId">The row's id, when it could be read.</param>
/// <param name="Column">The column at fault, when one is.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record CrossingRowError(long Line, string? RecordId, string? Column, string Message);

/// <summary>The file as a whole cannot be read (no header, required columns missing).</summary>
public sealed class CrossingFileException(string message) : Exception(message)
{
    /// <summary>The file's own column names, when the header was read but lacks required columns: what a mapping can choose from.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>The required documented columns nothing maps to.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}
