namespace FocalPoint.Network;

/// <summary>
/// Collects typed nodes and typed, dated, weighted links, then freezes them into a <see cref="Graph"/>.
/// Links to ids never added as nodes create those nodes with type <see cref="DefaultNodeType"/>.
/// Not thread-safe; one builder per snapshot.
/// </summary>
public sealed class GraphBuilder
{
    /// <summary>Type given to nodes that appear only in links.</summary>
    public const string DefaultNodeType = "node";

    /// <summary>Type given to links added without one.</summary>
    public const string DefaultLinkType = "link";

    private readonly bool directed;
    private readonly Dictionary<NodeId, int> index = [];
    private readonly List<NodeId> ids = [];
    private readonly List<int> nodeTypes = [];
    private readonly TypeTable nodeTypeTable = new();
    private readonly TypeTable linkTypeTable = new();
    private readonly List<int> sources = [];
    private readonly List<int> targets = [];
    private readonly List<int> linkTypes = [];
    private readonly List<long> ticks = [];
    private readonly List<double> weights = [];

    /// <summary>Creates a builder; links are undirected unless <paramref name="directed"/> is true.</summary>
    public GraphBuilder(bool directed = false) => this.directed = directed;

    /// <summary>Number of nodes added so far.</summary>
    public int NodeCount => ids.Count;

    /// <summary>
    /// Adds a node, or returns the existing index when the id is already present with the same type.
    /// A node first created by a link takes the type given here.
    /// </summary>
    /// <exception cref="ArgumentException">The id already exists with a different explicit type.</exception>
    public int AddNode(NodeId id, string type = DefaultNodeType)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        var code = nodeTypeTable.CodeOf(type);
        if (index.TryGetValue(id, out var existing))
        {
            var old = nodeTypes[existing];
            if (old != code && nodeTypeTable.NameOf(old) != DefaultNodeType)
            {
                throw new ArgumentException($"Node '{id}' was added as '{nodeTypeTable.NameOf(old)}' and again as '{type}'.", nameof(type));
            }
            nodeTypes[existing] = code;
            return existing;
        }
        index.Add(id, ids.Count);
        ids.Add(id);
        nodeTypes.Add(code);
        return ids.Count - 1;
    }

    /// <summary>Index of <paramref name="id"/>, adding it with the default type when absent.</summary>
    public int AddNodeIfAbsent(NodeId id) => index.TryGetValue(id, out var node) ? node : AddNode(id);

    /// <summary>Adds a link between two ids (creating unknown nodes with the default type).</summary>
    /// <param name="source">First node (the source when directed).</param>
    /// <param name="target">Second node.</param>
    /// <param name="type">Link type, e.g. "owns", "co-offender".</param>
    /// <param name="date">When the link was observed (UTC), or null.</param>
    /// <param name="weight">Non-negative weight; weighted paths read it as confidence in (0, 1].</param>
    /// <returns>The link index.</returns>
    public int AddLink(NodeId source, NodeId target, string type = DefaultLinkType, DateTime? date = null, double weight = 1.0)
    {
        var s = index.TryGetValue(source, out var si) ? si : AddNode(source);
        var t = index.TryGetValue(target, out var ti) ? ti : AddNode(target);
        return AddLinkByIndex(s, t, type, date, weight);
    }

    /// <summary>Adds a link between node indices returned by <see cref="AddNode"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is unknown, or the weight is negative or not a number.</exception>
    public int AddLinkByIndex(int source, int target, string type = DefaultLinkType, DateTime? date = null, double weight = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, ids.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, ids.Count);
        if (!(weight >= 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "Link weight must be a finite number of at least 0.");
        }
        ArgumentException.ThrowIfNullOrEmpty(type);
        sources.Add(source);
        targets.Add(target);
        linkTypes.Add(linkTypeTable.CodeOf(type));
        ticks.Add(date is { } d ? d.ToUniversalTime().Ticks : Graph.Undated);
        weights.Add(weight);
        return sources.Count - 1;
    }

    /// <summary>Code of a link type, for <see cref="AddParsedLink"/>.</summary>
    internal int LinkTypeCode(string type) => linkTypeTable.CodeOf(type);

    /// <summary>Parser fast path: indices, type code and weight already checked, so no re-validation per line.</summary>
    internal void AddParsedLink(int source, int target, int typeCode, long linkTicks, double weight)
    {
        sources.Add(source);
        targets.Add(target);
        linkTypes.Add(typeCode);
        ticks.Add(linkTicks);
        weights.Add(weight);
    }

    /// <summary>Freezes the nodes and links into an immutable CSR snapshot.</summary>
    public Graph Build()
    {
        var n = ids.Count;
        var src = sources.ToArray();
        var dst = targets.ToArray();
        var (offsets, adj, slots) = directed
            ? CsrBuilder.Directed(n, src, dst)
            : CsrBuilder.Undirected(n, src, dst);
        var (inOffsets, inAdj, inSlots) = directed ? CsrBuilder.Directed(n, dst, src) : (offsets, adj, slots);
        var arrays = new GraphArrays(
            offsets, adj, slots, inOffsets, inAdj, inSlots,
            src, dst, linkTypes.ToArray(), ticks.ToArray(), weights.ToArray(),
            nodeTypes.ToArray(), ids.ToArray(), new Dictionary<NodeId, int>(index),
            nodeTypeTable.Names(), linkTypeTable.Names());
        return new Graph(directed, arrays);
    }
}
