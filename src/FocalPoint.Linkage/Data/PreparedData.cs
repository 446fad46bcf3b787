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
}

/// <summary>One comparison ready to run: normalised codes per record and the comparator.</summary>
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

    public string[] Labels => SwapCodes is null ? Comparator.Labels
        : [.. Comparator.Labels[..^1], "swapped", "else"];

    public int LevelCount => Comparator.Labels.Length + (SwapCodes is null ? 0 : 1);

    /// <summary>Level for records a and b, -1 when either value is missing.</summary>
    public int Level(int a, int b)
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
}

/// <summary>The records of one run (one table, two to link, or existing plus new), ready to compare.</summary>
internal sealed class PreparedData(string[] ids, byte[] source, PreparedComparison[] comparisons, PairMode mode)
{
    public int Count => Ids.Length;
    public string[] Ids { get; } = ids;
    public byte[] Source { get; } = source;
    public PreparedComparison[] Comparisons { get; } = comparisons;
    public PairMode Mode { get; } = mode;

    /// <summary>Per comparison, the records whose value could not be read and were treated as missing.</summary>
    public IReadOnlyList<BadValueReport> BadValues { get; init; } = [];

    /// <summary>Whether the pair belongs to this run at all (link modes exclude some).</summary>
    public bool Allowed(int a, int b) => Mode switch
    {
        PairMode.LinkOnly => Source[a] != Source[b],
        PairMode.Incremental => (Source[a] | Source[b]) != 0,
        _ => true,
    };
}
