namespace FocalPoint.Linkage.Data;

/// <summary>
/// A pair's comparison levels packed into one int (mixed radix, digit = level + 1, 0 = missing):
/// EM then works on a histogram of a few thousand patterns instead of millions of pairs.
/// </summary>
internal sealed class PatternCodec
{
    private readonly int[] _multipliers;
    private readonly int[] _radix;

    public PatternCodec(PreparedComparison[] comparisons)
    {
        _radix = [.. comparisons.Select(c => c.LevelCount + 1)];
        _multipliers = new int[_radix.Length];
        long m = 1;
        for (var k = 0; k < _radix.Length; k++)
        {
            _multipliers[k] = (int)m;
            m *= _radix[k];
            if (m > int.MaxValue) throw new LinkageException("Too many comparisons and levels: keep their product of level counts under 2^31.");
        }
    }

    public int Count => _radix.Length;

    /// <summary>Level of comparison k in the pattern, -1 for missing.</summary>
    public int Level(int pattern, int k) => pattern / _multipliers[k] % _radix[k] - 1;

    public int Encode(PreparedComparison[] comparisons, int a, int b)
    {
        var pattern = 0;
        for (var k = 0; k < comparisons.Length; k++) pattern += (comparisons[k].Level(a, b) + 1) * _multipliers[k];
        return pattern;
    }

    public int Encode(ReadOnlySpan<int> levels)
    {
        var pattern = 0;
        for (var k = 0; k < levels.Length; k++) pattern += (levels[k] + 1) * _multipliers[k];
        return pattern;
    }
}
