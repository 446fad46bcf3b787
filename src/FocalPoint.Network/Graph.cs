namespace FocalPoint.Network;

/// <summary>
/// An immutable graph snapshot in compressed sparse row form. Nodes are dense indices 0..NodeCount-1;
/// each link is stored once in the link arrays and once per endpoint in the adjacency (a self-loop
/// appears twice in its node's row, so it adds 2 to the degree, as in igraph).
/// Build one with <see cref="GraphBuilder"/> or <see cref="EdgeListParser"/>; it is safe to share across threads.
/// </summary>
public sealed class Graph
{
    // Out-adjacency (all adjacency when undirected): row i is Targets[Offsets[i]..Offsets[i+1]].
    internal readonly int[] Offsets;
    internal readonly int[] Targets;
    internal readonly int[] SlotLinks;

    // In-adjacency for directed graphs; the same arrays as the out-adjacency when undirected.
    internal readonly int[] InOffsets;
    internal readonly int[] InSources;
    internal readonly int[] InSlotLinks;

    internal readonly int[] LinkSources;
    internal readonly int[] LinkTargets;
    internal readonly int[] LinkTypeCodes;
    internal readonly long[] LinkTicks;
    internal readonly double[] LinkWeights;

    internal readonly int[] NodeTypeCodes;
    private readonly NodeId[] ids;
    private readonly Dictionary<NodeId, int> index;
    private readonly string[] nodeTypeNames;
    private readonly string[] linkTypeNames;

    /// <summary>Ticks value marking a link without a date.</summary>
    internal const long Undated = long.MinValue;

    internal Graph(bool directed, GraphArrays a)
    {
        IsDirected = directed;
        (Offsets, Targets, SlotLinks) = (a.Offsets, a.Targets, a.SlotLinks);
        (InOffsets, InSources, InSlotLinks) = (a.InOffsets, a.InSources, a.InSlotLinks);
        (LinkSources, LinkTargets, LinkTypeCodes, LinkTicks, LinkWeights) =
            (a.LinkSources, a.LinkTargets, a.LinkTypeCodes, a.LinkTicks, a.LinkWeights);
        (NodeTypeCodes, ids, index, nodeTypeNames, linkTypeNames) =
            (a.NodeTypeCodes, a.Ids, a.Index, a.NodeTypeNames, a.LinkTypeNames);
    }

    /// <summary>True when links have a direction (paths and PageRank follow it).</summary>
    public bool IsDirected { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => ids.Length;

    /// <summary>Number of links, counting parallel links and self-loops each once.</summary>
    public int LinkCount => LinkSources.Length;

    /// <summary>Node type names; <see cref="NodeTypeOf"/> returns one of them.</summary>
    public IReadOnlyList<string> NodeTypes => nodeTypeNames;

    /// <summary>Link type names; <see cref="GetLink"/> reports one of them.</summary>
    public IReadOnlyList<string> LinkTypes => linkTypeNames;

    /// <summary>External id of node <paramref name="node"/>.</summary>
    public NodeId IdOf(int node) => ids[node];

    /// <summary>Type name of node <paramref name="node"/>.</summary>
    public string NodeTypeOf(int node) => nodeTypeNames[NodeTypeCodes[node]];

    /// <summary>Index of a node, or false when the graph does not hold it.</summary>
    public bool TryGetIndex(NodeId id, out int node) => index.TryGetValue(id, out node);

    /// <summary>Index of a node; throws <see cref="UnknownNodeException"/> naming the id when absent.</summary>
    public int IndexOf(NodeId id) =>
        index.TryGetValue(id, out var node) ? node : throw new UnknownNodeException(id);

    /// <summary>Degree of a node (out-degree when directed); a self-loop counts 2 when undirected.</summary>
    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>Neighbours of a node (out-neighbours when directed), one entry per link end.</summary>
    public ReadOnlySpan<int> Neighbours(int node) => Targets.AsSpan(Offsets[node], Degree(node));

    /// <summary>Link indices parallel to <see cref="Neighbours"/>.</summary>
    public ReadOnlySpan<int> IncidentLinks(int node) => SlotLinks.AsSpan(Offsets[node], Degree(node));

    /// <summary>Describes link <paramref name="link"/>.</summary>
    public LinkInfo GetLink(int link)
    {
        var ticks = LinkTicks[link];
        return new LinkInfo(
            LinkSources[link],
            LinkTargets[link],
            linkTypeNames[LinkTypeCodes[link]],
            ticks == Undated ? null : new DateTime(ticks, DateTimeKind.Utc),
            LinkWeights[link]);
    }
}

/// <summary>One link of a <see cref="Graph"/>.</summary>
/// <param name="Source">Index of the first (source) node.</param>
/// <param name="Target">Index of the second (target) node.</param>
/// <param name="Type">Link type name.</param>
/// <param name="Date">UTC date of the link, or null when undated.</param>
/// <param name="Weight">Weight, read as confidence in (0, 1] by weighted paths.</param>
public readonly record struct LinkInfo(int Source, int Target, string Type, DateTime? Date, double Weight);

/// <summary>Thrown when a query names a node id that the graph does not hold.</summary>
public sealed class UnknownNodeException : KeyNotFoundException
{
    /// <summary>Creates the exception for <paramref name="id"/>.</summary>
    public UnknownNodeException(NodeId id)
        : base($"Unknown node '{id}': it is not in this graph.") => Id = id;

    /// <summary>The id that was not found.</summary>
    public NodeId Id { get; }
}

internal sealed record GraphArrays(
    int[] Offsets, int[] Targets, int[] SlotLinks,
    int[] InOffsets, int[] InSources, int[] InSlotLinks,
    int[] LinkSources, int[] LinkTargets, int[] LinkTypeCodes, long[] LinkTicks, double[] LinkWeights,
    int[] NodeTypeCodes, NodeId[] Ids, Dictionary<NodeId, int> Index,
    string[] NodeTypeNames, string[] LinkTypeNames);
