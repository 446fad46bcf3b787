using FocalPoint.Linkage.Comparison;

namespace FocalPoint.Linkage.Data;

/// <summary>How candidate pairs are restricted by the source of their records.</summary>
internal enum PairMode
{
    /// <summary>Every pair within one table.</summary>
    Dedupe,
    /// <summary>Only pairs with one record from each source.</summary>
    LinkOnly,
    /// <summary>Only pairs that involve at least one new record (source 1).</summary>
    Incremental,
    /// <summary>Only pairs within one source (each source deduplicated on its own, one model for all).</summary>
    WithinSources,
}

/// <summary>
/// One comparison ready to run: normalised codes per record and the comparator; or two comparisons combined into one
/// (<see cref="Parts"/>) whose levels are every pair of the parts' levels, for fields that carry the same evidence.
/// </summary>
internal sealed class PreparedComparison(string name, int[] codes, string[] values, int[]? swapCodes,
    Comparator comparator, double[]? frequencies)
{
    public string Name { get; } = name;
    public int[] Codes { get; } = codes;
    public string[] Values { get; } = values;
    public int[]? SwapCodes { get; } = swapCodes;
    public Comparator Comparator { get; } = comparator;
    /// <summary>Share of records holding each normalised value, when term frequency is on.</summary>
    public double[]? Frequencies { get; } = frequencies;

    /// <summary>The input columns this comparison reads (two or more when combined).</summary>
    public string[] Columns { get; init; } = [];

    /// <summary>The comparisons combined into this one; null for a plain comparison.</summary>
    public PreparedComparison[]? Parts { get; private init; }

    public string[] Labels => Parts is { } p ? CombinedLabels(p)
        : SwapCodes is null ? Comparator.Labels : [.. Comparator.Labels[..^1], "swapped", "else"];

    public int LevelCount => Parts is { } p ? (p[0].LevelCount + 1) * (p[1].LevelCount + 1) - 1
        : Comparator.Labels.Length + (SwapCodes is null ? 0 : 1);

    /// <summary>Two comparisons as one: level (i, j) of the parts, "missing" a level of its own unless both are.</summary>
    public static PreparedComparison Combine(PreparedComparison a, PreparedComparison b) =>
        new($"{a.Name} + {b.Name}", a.Codes, a.Values, null, a.Comparator, null) { Parts = [a, b], Columns = [.. a.Columns, .. b.Columns] };

    /// <summary>Level for records a and b, -1 when either value is missing.</summary>
    public int Level(int a, int b) => Parts is { } p ? Joint(p[0].Level(a, b), p[1].Level(a, b)) : PlainLevel(a, b);

    /// <summary>The combined level of the parts' levels (-1 for missing), -1 when both are missing.</summary>
    public int Joint(int first, int second)
    {
        var (n0, n1) = (Parts![0].LevelCount, Parts[1].LevelCount);
        if (first < 0 && second < 0) return -1;
        return (first < 0 ? n0 : first) * (n1 + 1) + (second < 0 ? n1 : second);
    }

    private int PlainLevel(int a, int b)
    {
        var ca = Codes[a];
        var cb = Codes[b];
        if (ca < 0 || cb < 0) return -1;
        if (ca == cb) return Comparator.GradesEqualValues ? Comparator.EqualLevel(Values[ca]) : 0;
        var level = Comparator.Level(Values[ca], Values[cb]);
        if (SwapCodes is null || level != Comparator.Else) return level;
        var sa = SwapCodes[a];
        return sa >= 0 && sa == cb && SwapCodes[b] == ca ? level : level + 1;
    }

    private static string[] CombinedLabels(PreparedComparison[] p)
    {
        var first = p[0].Labels.Append("missing").ToArray();
        var second = p[1].Labels.Append("missing").ToArray();
        return [.. first.SelectMany(x => second.Select(y => $"{x} / {y}")).SkipLast(1)];
    }
}

/// <summary>The records of one run (one table, two to link, or existing plus new), ready to compare.</summary>
internal sealed class PreparedData(string[] ids, byte[] source, PreparedComparison[] comparisons, PairMode mode)
{
    public int Count => Ids.Length;
    public string[] Ids { get; } = ids;
    public byte[] Source { get; } = source;
    public PreparedComparison[] Comparisons { get; } = comparisons;
    public PairMode Mode { get; } = mode;

    /// <summary>Source names when the run was given named sources (ids are then "source:id"); empty otherwise.</summary>
    public IReadOnlyList<string> SourceNames { get; init; } = [];

    /// <summary>Per comparison, the records whose value could not be read and were treated as missing.</summary>
    public IReadOnlyList<BadValueReport> BadValues { get; init; } = [];

    /// <summary>The same records with other comparisons (after combining dependent ones).</summary>
    public PreparedData WithComparisons(PreparedComparison[] comparisons) =>
        new(Ids, Source, comparisons, Mode) { BadValues = BadValues, SourceNames = SourceNames };

    /// <summary>Whether the pair belongs to this run at all (link modes exclude some).</summary>
    public bool Allowed(int a, int b) => Mode switch
    {
        PairMode.LinkOnly => Source[a] != Source[b],
        PairMode.Incremental => (Source[a] | Source[b]) != 0,
        PairMode.WithinSources => Source[a] == Source[b],
        _ => true,
    };
}
