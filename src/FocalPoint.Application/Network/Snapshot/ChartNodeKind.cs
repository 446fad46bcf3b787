using System.Globalization;
using FocalPoint.Domain.Links;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>The node types of the link chart; the lower-case name is the node type in the graph.</summary>
public enum ChartNodeKind : byte
{
    Person,
    Firearm,
    Vehicle,
    Identifier,
    Organisation,
    Incident,
    Location,
    Municipality,
}

/// <summary>
/// Node keys such as <c>person:12</c> (a record) or <c>person:e7</c> (resolved entity 7): the kind and the id. They are
/// what the browser, saved charts and exports carry; they never hold a name or a number of the person.
/// </summary>
public static class NodeKeys
{
    public const string EntityPrefix = "e";

    public static string TypeName(ChartNodeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(ChartNodeKind kind, long id) => string.Create(CultureInfo.InvariantCulture, $"{TypeName(kind)}:{id}");

    public static string Of(ChartNodeKind kind, NodeIdentity node) =>
        node.IsEntity ? OfEntity(kind, node.Id) : Of(kind, node.Id);

    public static string OfEntity(ChartNodeKind kind, long entityId) => string.Create(CultureInfo.InvariantCulture, $"{TypeName(kind)}:{EntityPrefix}{entityId}");

    /// <summary>Parses a record or entity key; <paramref name="id"/> is then the record's or the entity's id.</summary>
    public static bool TryParse(string? key, out ChartNodeKind kind, out long id)
    {
        (kind, id) = (default, 0);
        var colon = key?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || !Enum.TryParse(key![..colon], ignoreCase: true, out kind) || !Enum.IsDefined(kind))
        {
            return false;
        }

        var number = key.AsSpan(colon + 1);
        if (number.StartsWith(EntityPrefix, StringComparison.Ordinal))
        {
            number = kind is ChartNodeKind.Person or ChartNodeKind.Firearm ? number[EntityPrefix.Length..] : [];
        }

        return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    public static ChartNodeKind FromEntityKind(EntityKind kind) => kind switch
    {
        EntityKind.Person => ChartNodeKind.Person,
        EntityKind.Firearm => ChartNodeKind.Firearm,
        EntityKind.Vehicle => ChartNodeKind.Vehicle,
        EntityKind.CommunicationIdentifier => ChartNodeKind.Identifier,
        EntityKind.Organisation => ChartNodeKind.Organisation,
        EntityKind.Location => ChartNodeKind.Location,
        _ => ChartNodeKind.Incident,
    };
}
