using System.Globalization;

namespace FocalPoint.Linkage.Comparison;

/// <summary>
/// Maps two different, non-missing normalised values to a comparison level. Level 0 is always the
/// exact match (the engine decides it by interned code without calling the comparator), the last
/// level is "else", and the levels between go from most to least similar, as Splink orders them.
/// </summary>
internal abstract class Comparator
{
    protected Comparator(IEnumerable<string> middleLabels) =>
        Labels = [.. middleLabels.Prepend("exact").Append("else")];

    /// <summary>One label per level, exact first and else last.</summary>
    public string[] Labels { get; }

    /// <summary>Index of the else level.</summary>
    public int Else => Labels.Length - 1;

    /// <summary>Level for two values known to differ.</summary>
    public abstract int Level(string a, string b);

    /// <summary>True when two equal values may be less than an exact match (see <see cref="EqualLevel"/>).</summary>
    public virtual bool GradesEqualValues => false;

    /// <summary>Level for two equal values; exact unless <see cref="GradesEqualValues"/>.</summary>
    public virtual int EqualLevel(string value) => 0;

    /// <summary>
    /// False for a normalised value this comparator cannot read (a date comparator given "1937-12-33"):
    /// the engine treats it as missing and counts it as a bad value.
    /// </summary>
    public virtual bool Accepts(string value) => true;

    protected static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>Exact match or else.</summary>
internal sealed class ExactComparator() : Comparator([])
{
    public override int Level(string a, string b) => Else;
}

/// <summary>Jaro-Winkler similarity at or above each threshold, highest first.</summary>
internal sealed class JaroWinklerComparator(double[] thresholds)
    : Comparator(thresholds.Select(t => $"jaro-winkler >= {F(t)}"))
{
    public override int Level(string a, string b) =>
        Thresholds.LevelAtLeast(JaroWinkler.Similarity(a, b), thresholds);
}

/// <summary>Damerau-Levenshtein distance at or below each threshold, lowest first.</summary>
internal sealed class DamerauLevenshteinComparator(double[] thresholds)
    : Comparator(thresholds.Select(t => $"damerau-levenshtein <= {F(t)}"))
{
    private readonly int _max = (int)thresholds.Max();

    public override int Level(string a, string b)
    {
        // Lengths alone can prove the distance is over every threshold.
        if (Math.Abs(a.Length - b.Length) > _max) return Else;
        return Thresholds.LevelAtMost(DamerauLevenshtein.Distance(a, b), thresholds);
    }
}

/// <summary>Token-set similarity (order-free, extra parts tolerated) at or above each threshold.</summary>
internal sealed class TokenSetComparator(double[] thresholds)
    : Comparator(thresholds.Select(t => $"token-set >= {F(t)}"))
{
    public override int Level(string a, string b) =>
        Thresholds.LevelAtLeast(TokenSet.Similarity(a, b), thresholds);
}

/// <summary>Absolute numeric difference at or below each threshold.</summary>
internal sealed class NumericComparator(double[] thresholds)
    : Comparator(thresholds.Select(t => $"difference <= {F(t)}"))
{
    public override bool Accepts(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x);

    public override int Level(string a, string b)
    {
        if (!double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            || !double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)) return Else;
        return Thresholds.LevelAtMost(Math.Abs(x - y), thresholds);
    }
}

internal static class Thresholds
{
    public static int LevelAtLeast(double value, double[] thresholds)
    {
        for (var i = 0; i < thresholds.Length; i++)
        {
            if (value >= thresholds[i]) return i + 1;
        }
        return thresholds.Length + 1;
    }

    public static int LevelAtMost(double value, double[] thresholds)
    {
        for (var i = 0; i < thresholds.Length; i++)
        {
            if (value <= thresholds[i]) return i + 1;
        }
        return thresholds.Length + 1;
    }
}
