namespace FocalPoint.Linkage.Comparison;

/// <summary>
/// Similarity of multi-part names regardless of order and of extra parts (a patronymic, a second
/// surname): each token of the shorter name is paired with its best Jaro-Winkler match in the other,
/// and the mean over the shorter name is returned. Token boundaries sit in stack spans.
/// </summary>
internal static class TokenSet
{
    private const int MaxTokens = 16;

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<Range> ta = stackalloc Range[MaxTokens];
        Span<Range> tb = stackalloc Range[MaxTokens];
        var na = a.Split(ta, ' ', StringSplitOptions.RemoveEmptyEntries);
        var nb = b.Split(tb, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (na == 0 || nb == 0) return 0.0;
        if (na > nb) { var t = a; a = b; b = t; var tt = ta; ta = tb; tb = tt; (na, nb) = (nb, na); }
        Span<bool> used = stackalloc bool[MaxTokens];
        var total = 0.0;
        for (var i = 0; i < na; i++)
        {
            var best = 0.0;
            var bestJ = -1;
            for (var j = 0; j < nb; j++)
            {
                if (used[j]) continue;
                var s = JaroWinkler.Similarity(a[ta[i]], b[tb[j]]);
                if (s > best) { best = s; bestJ = j; }
            }
            if (bestJ >= 0) used[bestJ] = true;
            total += best;
        }
        return total / na;
    }
}
