namespace FocalPoint.Risk.Crossings;

/// <summary>The cells of one row, by column position; an absent cell reads as empty.</summary>
public interface ICrossingCells
{
    /// <summary>The cell at <paramref name="index"/>, trimmed; empty for -1 or past the row's end.</summary>
    ReadOnlySpan<char> this[int index] { get; }
}

/// <summary>A crossings source read one row at a time: a record, or a row error saying what is wrong with it.</summary>
public interface ICrossingRows
{
    /// <summary>Rows read so far, header included.</summary>
    long LineNumber { get; }

    /// <summary>The next row; false at the end of the file.</summary>
    bool TryRead(out CrossingRecord? record, out CrossingRowError? error);
}
