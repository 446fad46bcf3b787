namespace FocalPoint.Linkage.Comparison;

/// <summary>
/// E-mail addresses (after the "email" normaliser): exact, the same local part at another provider, then the local
/// part at or above each Jaro-Winkler similarity, else.
/// </summary>
internal sealed class EmailComparator(double[] thresholds)
    : Comparator(new[] { "same local part" }.Concat(thresholds.Select(t => $"local part jaro-winkler >= {F(t)}")))
{
    public override bool Accepts(string value) => value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at == value.LastIndexOf('@');

    public override int Level(string a, string b)
    {
        var la = a.AsSpan(0, a.IndexOf('@', StringComparison.Ordinal));
        var lb = b.AsSpan(0, b.IndexOf('@', StringComparison.Ordinal));
        if (la.SequenceEqual(lb)) return 1;
        return thresholds.Length == 0 ? Else : Thresholds.LevelAtLeast(JaroWinkler.Similarity(la, lb), thresholds) + 1;
    }
}

/// <summary>
/// Postcodes (after the "postcode" normaliser): exact, then the same first N characters for each N in the levels,
/// longest first ("TN14AB" and "TN14XY" share the sector "TN14"; "TN1" the district), else.
/// </summary>
internal sealed class PostcodeComparator(double[] prefixes)
    : Comparator(prefixes.Select(p => $"first {F(p)} characters"))
{
    public override int Level(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);
        for (var i = 0; i < prefixes.Length; i++)
        {
            if (common >= prefixes[i]) return i + 1;
        }
        return Else;
    }
}
