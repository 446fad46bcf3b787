namespace FocalPoint.Risk.Assessment;

/// <summary>
/// A square table of levels on a scale: <c>Cells[row - Min][column - Min]</c>. The matrix rule uses the same table
/// three times (threat from magnitude and likelihood, exposure from threat and vulnerability, risk from exposure
/// and impact), as the risk matrix on the assessment page shows it.
/// </summary>
public sealed class LevelMatrix
{
    private readonly int[][] cells;

    /// <summary>A table with one row per scale value, each with one level per scale value.</summary>
    public LevelMatrix(RiskScale scale, int[][] cells)
    {
        var size = scale.Max - scale.Min + 1;
        if (cells.Length != size || cells.Any(r => r.Length != size))
            throw new ArgumentException($"A level matrix on {scale.Min}-{scale.Max} needs {size} rows of {size} levels.", nameof(cells));
        if (cells.SelectMany(r => r).Any(v => !scale.Contains(v)))
            throw new ArgumentException($"Every level must lie on the scale {scale.Min}-{scale.Max}.", nameof(cells));
        Scale = scale;
        this.cells = cells;
    }

    /// <summary>The scale of rows, columns and levels.</summary>
    public RiskScale Scale { get; }

    /// <summary>The level at a row and column value.</summary>
    public int this[int row, int column] => cells[row - Scale.Min][column - Scale.Min];

    /// <summary>The default table: the mean of row and column, rounded up (a high input is never averaged away).</summary>
    public static LevelMatrix RoundedUpMean(RiskScale scale)
    {
        var size = scale.Max - scale.Min + 1;
        var cells = new int[size][];
        for (var r = 0; r < size; r++)
        {
            cells[r] = new int[size];
            for (var c = 0; c < size; c++) cells[r][c] = scale.Min + (r + c + 1) / 2;
        }
        return new LevelMatrix(scale, cells);
    }
}
