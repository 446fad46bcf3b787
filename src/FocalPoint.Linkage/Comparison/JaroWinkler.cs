namespace FocalPoint.Linkage.Comparison;

/// <summary>
/// Jaro and Jaro-Winkler similarity, the same definition as Python jellyfish (search range
/// max(len)/2 - 1, prefix bonus 0.1 per character up to 4, applied when Jaro exceeds 0.7).
/// Allocation-free: match flags live on the stack for strings up to 256 characters.
/// </summary>
internal static class JaroWinkler
{
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Compute(a, b, winkler: true);

    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Compute(a, b, winkler: false);

    private static double Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool winkler)
    {
        if (a.Length > b.Length) { var t = a; a = b; b = t; }
        if (a.Length == 0) return 0.0;
        if (a.Length <= 64 && b.Length <= 64) return Finish(a, b, Small(a, b, out var tr), tr, winkler);
        return Finish(a, b, Large(a, b, out var tr2), tr2, winkler);
    }

    // Bit masks instead of flag arrays: names and serials are short.
    private static int Small(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out int transpositions)
    {
        var range = Math.Max(b.Length / 2 - 1, 0);
        ulong aFlags = 0, bFlags = 0;
        var common = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = i >= range ? i - range : 0;
            var hi = Math.Min(i + range, b.Length - 1);
            var c = a[i];
            for (var j = lo; j <= hi; j++)
            {
                if ((bFlags & (1UL << j)) == 0 && b[j] == c)
                {
                    aFlags |= 1UL << i;
                    bFlags |= 1UL << j;
                    common++;
                    break;
                }
            }
        }
        transpositions = 0;
        if (common == 0) return 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if ((aFlags & (1UL << i)) == 0) continue;
            while ((bFlags & (1UL << k)) == 0) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        return common;
    }

    private static int Large(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out int transpositions)
    {
        var rented = a.Length + b.Length > 512 ? System.Buffers.ArrayPool<bool>.Shared.Rent(a.Length + b.Length) : null;
        var flags = rented is null ? stackalloc bool[a.Length + b.Length] : rented.AsSpan(0, a.Length + b.Length);
        flags.Clear();
        var aFlags = flags[..a.Length];
        var bFlags = flags[a.Length..];
        var range = Math.Max(b.Length / 2 - 1, 0);
        var common = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var hi = Math.Min(i + range, b.Length - 1);
            for (var j = i >= range ? i - range : 0; j <= hi; j++)
            {
                if (!bFlags[j] && b[j] == a[i]) { aFlags[i] = bFlags[j] = true; common++; break; }
            }
        }
        transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length && common > 0; i++)
        {
            if (!aFlags[i]) continue;
            while (!bFlags[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        if (rented is not null) System.Buffers.ArrayPool<bool>.Shared.Return(rented);
        return common;
    }

    private static double Finish(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int common, int transpositions, bool winkler)
    {
        if (common == 0) return 0.0;
        double m = common;
        var weight = (m / a.Length + m / b.Length + (m - transpositions / 2) / m) / 3.0;
        if (!winkler || weight <= 0.7) return weight;
        var prefix = 0;
        var max = Math.Min(4, a.Length);
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        return prefix == 0 ? weight : weight + prefix * 0.1 * (1.0 - weight);
    }
}
