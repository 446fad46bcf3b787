namespace FocalPoint.Application.Network.Saved;

/// <summary>What a saved chart keeps: node keys with position and style, groups, filters and view toggles. No labels.</summary>
public sealed record ChartLayout(
    IReadOnlyList<LaidOutNode> Nodes,
    IReadOnlyList<ChartGroup>? Groups = null,
    ChartFilter? Filter = null,
    string? Layout = null,
    bool ColourByCommunity = false,
    bool SizeByCentrality = false);

/// <param name="Key">Node key, e.g. "vehicle:7".</param>
/// <param name="Group">Key of the group (compound node) it sits in, if any.</param>
public sealed record LaidOutNode(string Key, double X, double Y, bool Pinned = false, bool Hidden = false, string? Group = null);

/// <summary>A group drawn as a box around its nodes; the analyst names it.</summary>
public sealed record ChartGroup(string Key, string Label);
