using System.Buffers;

namespace FocalPoint.Linkage.Comparison;

/// <summary>
/// True (unrestricted) Damerau-Levenshtein distance, Lowrance-Wagner algorithm, as Python jellyfish
/// computes it: "ca" to "abc" is 2 (optimal string alignment would say 3). The matrix and the
/// last-row-per-character table sit on the stack for short strings, in a pooled array otherwise.
/// </summary>
internal static class DamerauLevenshtein
{
    private const int StackLimit = 4096;

    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Common prefixes and suffixes never change the distance: trimming them shrinks the matrix.
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0]) { a = a[1..]; b = b[1..]; }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1]) { a = a[..^1]; b = b[..^1]; }
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;

        int n = a.Length, m = b.Length, width = m + 2;
        var cells = (n + 2) * width + n + 2 * m;
        int[]? rented = cells > StackLimit ? ArrayPool<int>.Shared.Rent(cells) : null;
        var buffer = rented is null ? stackalloc int[cells] : rented.AsSpan(0, cells);
        var h = buffer[..((n + 2) * width)];
        var aIdx = buffer.Slice((n + 2) * width, n);
        var bIdx = buffer.Slice((n + 2) * width + n, m);
        var lastRow = buffer.Slice((n + 2) * width + n + m, m);
        var alphabet = Alphabet(a, b, aIdx, bIdx);
        var da = lastRow[..alphabet];
        da.Clear();

        var max = n + m;
        h[0] = max;
        for (var i = 0; i <= n; i++) { h[(i + 1) * width] = max; h[(i + 1) * width + 1] = i; }
        for (var j = 0; j <= m; j++) { h[j + 1] = max; h[width + j + 1] = j; }

        for (var i = 1; i <= n; i++)
        {
            var db = 0;
            var ai = a[i - 1];
            var row = (i + 1) * width;
            var prev = i * width;
            for (var j = 1; j <= m; j++)
            {
                var i1 = da[bIdx[j - 1]];
                var j1 = db;
                var cost = 1;
                if (ai == b[j - 1]) { cost = 0; db = j; }
                var best = Math.Min(h[prev + j] + cost, Math.Min(h[row + j] + 1, h[prev + j + 1] + 1));
                var transposition = h[i1 * width + j1] + (i - i1 - 1) + 1 + (j - j1 - 1);
                h[row + j + 1] = Math.Min(best, transposition);
            }
            if (aIdx[i - 1] >= 0) da[aIdx[i - 1]] = i;
        }
        var result = h[(n + 1) * width + m + 1];
        if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        return result;
    }

    // Maps the characters of b to small indexes (a's characters absent from b get -1): the
    // last-row table then needs one slot per distinct character of b, not one per code point.
    private static int Alphabet(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Span<int> aIdx, Span<int> bIdx)
    {
        var count = 0;
        for (var j = 0; j < b.Length; j++)
        {
            var found = -1;
            for (var k = 0; k < j; k++)
            {
                if (b[k] == b[j]) { found = bIdx[k]; break; }
            }
            bIdx[j] = found >= 0 ? found : count++;
        }
        for (var i = 0; i < a.Length; i++)
        {
            var k = b.IndexOf(a[i]);
            aIdx[i] = k >= 0 ? bIdx[k] : -1;
        }
        return count;
    }
}
