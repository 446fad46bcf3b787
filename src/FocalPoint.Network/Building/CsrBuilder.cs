namespace FocalPoint.Network;

/// <summary>Counting-sort construction of CSR rows: two passes over the links, no per-node lists.</summary>
internal static class CsrBuilder
{
    public static (int[] Offsets, int[] Targets, int[] Slots) Directed(int n, int[] from, int[] to)
    {
        var offsets = new int[n + 1];
        foreach (var s in from)
        {
            offsets[s + 1]++;
        }
        Prefix(offsets);
        var next = offsets[..n];
        var adj = new int[from.Length];
        var slots = new int[from.Length];
        for (var l = 0; l < from.Length; l++)
        {
            var p = next[from[l]]++;
            adj[p] = to[l];
            slots[p] = l;
        }
        return (offsets, adj, slots);
    }

    public static (int[] Offsets, int[] Targets, int[] Slots) Undirected(int n, int[] a, int[] b)
    {
        var offsets = new int[n + 1];
        for (var l = 0; l < a.Length; l++)
        {
            // A self-loop lands twice in its own row, which is what makes its degree count 2.
            offsets[a[l] + 1]++;
            offsets[b[l] + 1]++;
        }
        Prefix(offsets);
        var next = offsets[..n];
        var adj = new int[2 * (long)a.Length <= int.MaxValue ? 2 * a.Length : throw new InvalidOperationException("Too many links for one snapshot.")];
        var slots = new int[adj.Length];
        for (var l = 0; l < a.Length; l++)
        {
            var p = next[a[l]]++;
            adj[p] = b[l];
            slots[p] = l;
            p = next[b[l]]++;
            adj[p] = a[l];
            slots[p] = l;
        }
        return (offsets, adj, slots);
    }

    private static void Prefix(int[] offsets)
    {
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }
    }
}
