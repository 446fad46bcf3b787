namespace FocalPoint.Network.Tests;

/// <summary>Small graphs whose answers are worked out by hand (or, where noted, checked with igraph 0.10.2).</summary>
internal static class TestGraphs
{
    /// <summary>Undirected graph over numeric ids 0..n-1 from (a, b) pairs, so index == id.</summary>
    public static Graph Of(int n, params (int A, int B)[] links) => Of(false, n, links);

    public static Graph Of(bool directed, int n, params (int A, int B)[] links)
    {
        var builder = new GraphBuilder(directed);
        for (var i = 0; i < n; i++)
        {
            builder.AddNode(i);
        }
        foreach (var (a, b) in links)
        {
            builder.AddLink(a, b);
        }
        return builder.Build();
    }

    /// <summary>0-1-2-3-4.</summary>
    public static Graph Path5() => Of(5, (0, 1), (1, 2), (2, 3), (3, 4));

    /// <summary>
    /// igraph's Graph([(0,1),(1,1),(1,2),(3,4),(3,4)]) plus isolated node 5: a self-loop, a parallel
    /// link, two components and an isolated node in six nodes.
    /// </summary>
    public static Graph Awkward() => Of(6, (0, 1), (1, 1), (1, 2), (3, 4), (3, 4));

    /// <summary>Triangles {0,1,2} and {3,4,5} joined by the bridge 2-3.</summary>
    public static Graph TwoTriangles() => Of(6, (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3));
}
