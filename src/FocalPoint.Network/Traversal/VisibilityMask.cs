using System.Numerics;

namespace FocalPoint.Network;

/// <summary>
/// Which nodes and links of one <see cref="Graph"/> a reader may see, as two bit arrays (one bit per node, one per
/// link: about 1 MiB for four million of each). Traversals given a mask in <see cref="GraphFilter.Visibility"/> never
/// step onto a hidden node nor along a hidden link, so one shared graph serves readers of different reach without a
/// copy per reader. A link is shown only when both its ends are, so a hidden node can never be passed through.
/// Fill it before sharing it; reading is safe across threads, writing is not.
/// </summary>
public sealed class VisibilityMask
{
    private readonly Graph graph;
    private readonly ulong[] nodes;
    private readonly ulong[] links;

    /// <summary>An empty mask (nothing visible) for <paramref name="graph"/>.</summary>
    public VisibilityMask(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        nodes = new ulong[(graph.NodeCount + 63) >> 6];
        links = new ulong[(graph.LinkCount + 63) >> 6];
    }

    private VisibilityMask(VisibilityMask other)
    {
        graph = other.graph;
        nodes = (ulong[])other.nodes.Clone();
        links = (ulong[])other.links.Clone();
    }

    /// <summary>The graph whose indices the mask speaks of.</summary>
    public Graph Graph => graph;

    /// <summary>Memory held by the two bit arrays, in bytes.</summary>
    public long Bytes => (nodes.Length + links.Length) * sizeof(ulong);

    /// <summary>Number of visible nodes.</summary>
    public int VisibleNodeCount => Count(nodes);

    /// <summary>Number of visible links.</summary>
    public int VisibleLinkCount => Count(links);

    /// <summary>True when node <paramref name="node"/> is visible.</summary>
    public bool IsNodeVisible(int node) => (nodes[node >> 6] & (1UL << node)) != 0;

    /// <summary>True when link <paramref name="link"/> is visible.</summary>
    public bool IsLinkVisible(int link) => (links[link >> 6] & (1UL << link)) != 0;

    /// <summary>Makes a node visible.</summary>
    public void ShowNode(int node) => nodes[node >> 6] |= 1UL << node;

    /// <summary>Makes a link visible; refused unless both its ends are, so no traversal can reach a hidden node.</summary>
    /// <exception cref="InvalidOperationException">An end of the link is hidden.</exception>
    public void ShowLink(int link)
    {
        if (!IsNodeVisible(graph.LinkSources[link]) || !IsNodeVisible(graph.LinkTargets[link]))
        {
            throw new InvalidOperationException($"Link {link} cannot be shown while one of its ends is hidden.");
        }
        links[link >> 6] |= 1UL << link;
    }

    /// <summary>A copy to extend (a wider reach starts from a narrower one instead of from nothing).</summary>
    public VisibilityMask Copy() => new(this);

    private static int Count(ulong[] bits)
    {
        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }
}
