using FocalPoint.Network;

namespace FocalPoint.Application.Network;

/// <summary>
/// A node as the chart draws it. <see cref="Key"/> (e.g. "firearm:12", or "firearm:e7" for resolved entity 7) names the
/// node; the label is for display only. For an entity node <see cref="RecordId"/> is the record its label was taken
/// from (one the user may see) and <see cref="EntityId"/> the entity.
/// </summary>
public sealed record ChartNode(string Key, string Type, string Label, string? Detail, DateOnly? Date, long RecordId, long? EntityId = null);

/// <summary>A link as the chart draws it; <see cref="Weight"/> is the confidence (1 for links from incident membership).</summary>
public sealed record ChartEdge(string Key, string Source, string Target, string Type, DateOnly? Date, double Weight);

public sealed record ChartElements(IReadOnlyList<ChartNode> Nodes, IReadOnlyList<ChartEdge> Edges)
{
    public static ChartElements Empty { get; } = new([], []);
}

/// <summary>Which node types a traversal may enter and which link dates it may follow (inclusive); nulls mean "all".</summary>
public sealed record ChartFilter(IReadOnlyList<string>? NodeTypes = null, DateOnly? From = null, DateOnly? To = null)
{
    public GraphFilter ToGraphFilter() => new()
    {
        NodeTypes = NodeTypes is { Count: > 0 } types ? types.Select(t => t.ToLowerInvariant()).ToArray() : null,
        From = From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        To = To?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc),
    };
}
