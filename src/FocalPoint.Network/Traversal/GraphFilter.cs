namespace FocalPoint.Network;

/// <summary>
/// Which nodes and links a traversal may use. Null sets mean "all types". The time window is
/// inclusive at both ends and applies to link dates; undated links pass unless <see cref="IncludeUndated"/> is false.
/// </summary>
public sealed record GraphFilter
{
    /// <summary>A filter that lets everything through.</summary>
    public static GraphFilter None { get; } = new();

    /// <summary>Node types a traversal may enter; start nodes are always allowed.</summary>
    public IReadOnlyCollection<string>? NodeTypes { get; init; }

    /// <summary>Link types a traversal may follow.</summary>
    public IReadOnlyCollection<string>? LinkTypes { get; init; }

    /// <summary>Earliest link date allowed (UTC, inclusive).</summary>
    public DateTime? From { get; init; }

    /// <summary>Latest link date allowed (UTC, inclusive).</summary>
    public DateTime? To { get; init; }

    /// <summary>Whether links without a date pass a time window.</summary>
    public bool IncludeUndated { get; init; } = true;

    /// <summary>
    /// What the reader may see: a traversal never enters a hidden node nor follows a hidden link, not even a start or
    /// target node (unlike <see cref="NodeTypes"/>, which start and target nodes pass). Null lets everything through.
    /// </summary>
    public VisibilityMask? Visibility { get; init; }

    internal CompiledFilter Compile(Graph graph) => new(graph, this);
}

/// <summary>The filter resolved to per-code lookups so the inner loops test an array, not a set of strings.</summary>
internal sealed class CompiledFilter
{
    private readonly Graph graph;
    private readonly bool[]? nodeTypes;
    private readonly bool[]? linkTypes;
    private readonly long from;
    private readonly long to;
    private readonly bool includeUndated;
    private readonly bool timed;
    private readonly VisibilityMask? mask;

    public CompiledFilter(Graph graph, GraphFilter filter)
    {
        this.graph = graph;
        nodeTypes = Allowed(graph.NodeTypes, filter.NodeTypes);
        linkTypes = Allowed(graph.LinkTypes, filter.LinkTypes);
        from = filter.From?.ToUniversalTime().Ticks ?? long.MinValue;
        to = filter.To?.ToUniversalTime().Ticks ?? long.MaxValue;
        timed = filter.From is not null || filter.To is not null;
        includeUndated = filter.IncludeUndated;
        mask = filter.Visibility;
        if (mask is not null && !ReferenceEquals(mask.Graph, graph))
        {
            throw new ArgumentException("The visibility mask belongs to another graph.", nameof(filter));
        }
        IsOpen = nodeTypes is null && linkTypes is null && !timed && mask is null;
    }

    /// <summary>True when nothing is filtered, so callers can take the plain fast path.</summary>
    public bool IsOpen { get; }

    public bool AllowsNode(int node) => nodeTypes is null || nodeTypes[graph.NodeTypeCodes[node]];

    /// <summary>The mask alone: start and target nodes must pass it too.</summary>
    public bool Sees(int node) => mask is null || mask.IsNodeVisible(node);

    /// <summary>A visible link's ends are visible (<see cref="VisibilityMask.ShowLink"/>), so this check keeps hidden nodes out.</summary>
    public bool AllowsLink(int link)
    {
        if (mask is not null && !mask.IsLinkVisible(link))
        {
            return false;
        }
        if (linkTypes is not null && !linkTypes[graph.LinkTypeCodes[link]])
        {
            return false;
        }
        if (!timed)
        {
            return true;
        }
        var t = graph.LinkTicks[link];
        return t == Graph.Undated ? includeUndated : t >= from && t <= to;
    }

    private static bool[]? Allowed(IReadOnlyList<string> names, IReadOnlyCollection<string>? wanted)
    {
        if (wanted is null)
        {
            return null;
        }
        var allowed = new bool[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            allowed[i] = wanted.Contains(names[i]);
        }
        return allowed;
    }
}
