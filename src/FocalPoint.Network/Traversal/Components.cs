namespace FocalPoint.Network;

/// <summary>Connected components (weakly connected when the graph is directed).</summary>
public static class Components
{
    /// <summary>Labels every node with its component; components are numbered by their smallest node.</summary>
    public static ComponentsResult Find(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        // Union-find over the link arrays: one sequential pass, no queue, cache-friendly.
        var parent = new int[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
        }
        var src = graph.LinkSources;
        var dst = graph.LinkTargets;
        for (var l = 0; l < src.Length; l++)
        {
            var a = Root(parent, src[l]);
            var b = Root(parent, dst[l]);
            if (a != b)
            {
                // Smaller root wins so labels are stable and ordered by first node.
                if (a < b)
                {
                    parent[b] = a;
                }
                else
                {
                    parent[a] = b;
                }
            }
        }
        var membership = new int[n];
        var label = new int[n];
        var sizes = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var r = Root(parent, i);
            if (r == i)
            {
                label[i] = sizes.Count;
                sizes.Add(0);
            }
            membership[i] = label[r];
            sizes[membership[i]]++;
        }
        return new ComponentsResult(membership, sizes.ToArray());
    }

    private static int Root(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}

/// <summary>Result of <see cref="Components.Find"/>.</summary>
/// <param name="Membership">Component number of each node.</param>
/// <param name="Sizes">Node count of each component.</param>
public sealed record ComponentsResult(IReadOnlyList<int> Membership, IReadOnlyList<int> Sizes)
{
    /// <summary>Number of components (an isolated node is one).</summary>
    public int Count => Sizes.Count;
}
