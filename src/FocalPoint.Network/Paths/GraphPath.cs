namespace FocalPoint.Network;

/// <summary>A path through the graph.</summary>
/// <param name="Nodes">Node indices from start to end.</param>
/// <param name="Links">Link indices; Links[i] joins Nodes[i] and Nodes[i+1].</param>
/// <param name="Cost">Hops for unweighted paths; the sum of -ln(confidence) for confidence-weighted paths.</param>
public sealed record GraphPath(IReadOnlyList<int> Nodes, IReadOnlyList<int> Links, double Cost)
{
    /// <summary>Number of links on the path.</summary>
    public int Length => Links.Count;

    /// <summary>Product of link confidences along a weighted path (exp(-Cost)); 1 for an empty path.</summary>
    public double Confidence => Math.Exp(-Cost);

    internal static GraphPath Trace(int from, int to, int[] parentNode, int[] parentLink, double cost)
    {
        var nodes = new List<int> { to };
        var links = new List<int>();
        for (var v = to; v != from; v = parentNode[v])
        {
            links.Add(parentLink[v]);
            nodes.Add(parentNode[v]);
        }
        nodes.Reverse();
        links.Reverse();
        return new GraphPath(nodes, links, cost);
    }
}

/// <summary>Result of <see cref="Paths.AllSimple"/>.</summary>
/// <param name="Paths">Paths found, shortest first.</param>
/// <param name="Truncated">True when the cap stopped the search before all paths were found.</param>
public sealed record SimplePathsResult(IReadOnlyList<GraphPath> Paths, bool Truncated);
