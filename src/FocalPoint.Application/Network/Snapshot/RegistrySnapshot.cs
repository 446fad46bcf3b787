using FocalPoint.Network;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>
/// The whole registry as one immutable graph (CSR, from <see cref="GraphBuilder"/>) plus what the chart shows per
/// node. It holds every record, so it is never handed to a user: <see cref="VisibleGraphs"/> cuts each user's
/// need-to-know view out of it. Arrays are indexed by the graph's node and link indices.
/// </summary>
public sealed class RegistrySnapshot
{
    internal RegistrySnapshot(
        Graph graph, SnapshotNodes nodes, int[] linkIncident, long[] linkRecordIds, Dictionary<int, EntityLinkEnds> entityLinkEnds, RegistryStamp stamp, long build, TimeSpan buildTime)
    {
        (Graph, Nodes, LinkIncident, LinkRecordIds, EntityLinkEnds, Stamp, Build, BuildTime) = (graph, nodes, linkIncident, linkRecordIds, entityLinkEnds, stamp, build, buildTime);
    }

    public Graph Graph { get; }

    internal SnapshotNodes Nodes { get; }

    /// <summary>Per link: the incident node whose visibility decides the link's, or -1 when none does.</summary>
    internal int[] LinkIncident { get; }

    /// <summary>Per link: the id of the row in the Links table, or 0 for links derived from incident membership.</summary>
    internal long[] LinkRecordIds { get; }

    /// <summary>
    /// For links with an end on a resolved-entity node: the source record each such end was read from. A user sees the
    /// link only when that record is within their reach, so an entity never carries what a hidden record knows.
    /// </summary>
    internal Dictionary<int, EntityLinkEnds> EntityLinkEnds { get; }

    public RegistryStamp Stamp { get; }

    /// <summary>Increases with every rebuild; caches of per-user views are keyed by it.</summary>
    public long Build { get; }

    public TimeSpan BuildTime { get; }

    public int NodeCount => Graph.NodeCount;

    public int LinkCount => Graph.LinkCount;

    /// <summary>The key of the node a person or firearm record is drawn as: its entity's when it has one, else its own.</summary>
    public string NodeKeyOfRecord(ChartNodeKind kind, long recordId) =>
        Nodes.MemberDisplay.TryGetValue((kind, recordId), out var member) ? NodeKeys.OfEntity(kind, member.EntityId) : NodeKeys.Of(kind, recordId);

    /// <summary>The node of incident <paramref name="incidentId"/>, or -1 when the snapshot does not hold it.</summary>
    internal int IncidentNode(long incidentId) =>
        Graph.TryGetIndex(new NodeId(NodeKeys.Of(ChartNodeKind.Incident, incidentId)), out var node) ? node : -1;

    /// <summary>A stable id for link <paramref name="link"/> that survives rebuilds (the browser de-duplicates by it).</summary>
    public string LinkKey(int link)
    {
        if (LinkRecordIds[link] > 0)
        {
            return "link:" + LinkRecordIds[link].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var info = Graph.GetLink(link);
        return $"{info.Type}:{Graph.IdOf(info.Source)}:{Graph.IdOf(info.Target)}";
    }
}

/// <summary>Per-node display data, parallel to the graph's node indices.</summary>
internal sealed class SnapshotNodes
{
    public List<ChartNodeKind> Kinds { get; } = [];
    public List<long> RecordIds { get; } = [];

    /// <summary>The resolved entity a node stands for, or 0 for a record node.</summary>
    public List<long> EntityIds { get; } = [];

    /// <summary>Label and detail of every record of an entity node: each user's view labels the node from a record they may see.</summary>
    public Dictionary<(ChartNodeKind Kind, long RecordId), MemberRecord> MemberDisplay { get; } = [];
    public List<string> Labels { get; } = [];
    public List<string?> Details { get; } = [];

    /// <summary>UTC ticks of an incident; 0 for other nodes (each view dates them by their earliest visible incident).</summary>
    public List<long> DateTicks { get; } = [];

    /// <summary>
    /// Per node: the index in <see cref="MarkingClasses"/> of an incident's markings (TLP, handling code, agency); 0 for
    /// other nodes. A few dozen classes cover a million incidents, so a profile's rule is evaluated once per class.
    /// </summary>
    public List<ushort> Markings { get; } = [];

    public List<IncidentMarking> MarkingClasses { get; } = [];

    private readonly Dictionary<IncidentMarking, ushort> markingCodes = [];

    public void Mark(int node, IncidentMarking marking)
    {
        if (!markingCodes.TryGetValue(marking, out var code))
        {
            code = checked((ushort)MarkingClasses.Count);
            markingCodes[marking] = code;
            MarkingClasses.Add(marking);
        }

        Markings[node] = code;
    }

    /// <summary>Drops the lists' spare capacity once the snapshot is complete (up to half of their memory).</summary>
    public void Trim()
    {
        Kinds.TrimExcess();
        RecordIds.TrimExcess();
        EntityIds.TrimExcess();
        Labels.TrimExcess();
        Details.TrimExcess();
        DateTicks.TrimExcess();
        Markings.TrimExcess();
    }

    public void Add(ChartNodeKind kind, long recordId, long entityId, string label, string? detail, long ticks)
    {
        Kinds.Add(kind);
        RecordIds.Add(recordId);
        EntityIds.Add(entityId);
        Labels.Add(label);
        Details.Add(detail);
        DateTicks.Add(ticks);
        Markings.Add(0);
    }
}

/// <summary>What decides whether an incident is open to an agency (<see cref="Security.IncidentVisibility.OpenTo"/>).</summary>
internal readonly record struct IncidentMarking(FocalPoint.Domain.Incidents.Tlp Tlp, FocalPoint.Domain.Incidents.HandlingCode HandlingCode, FocalPoint.Domain.Incidents.ReportingAgency Agency);

/// <summary>A record of a resolved entity as the chart shows it.</summary>
internal sealed record MemberRecord(long EntityId, string Label, string? Detail);

/// <summary>The source records at the ends of a link that touches an entity node; 0 for an end that is not an entity node.</summary>
internal readonly record struct EntityLinkEnds(long SourceRecord, long TargetRecord);

/// <summary>
/// A cheap fingerprint of the registry: highest ids and row counts of the tables the graph reads. New rows,
/// deletions and erasures change it; in-place edits do not, which is why snapshots also have a maximum age.
/// <see cref="Resolution"/> covers entity memberships and the entity history: every run, review decision, merge and
/// split appends history, so the chart picks up a decision at the next stamp check.
/// <see cref="IncidentEdits"/> is the latest edit of an incident, so a changed TLP or handling code (which decides
/// visibility through the snapshot's markings) rebuilds the snapshot at the next check.
/// </summary>
public sealed record RegistryStamp(long Incidents, long Links, long IncidentPersons, long Firearms, long Persons, long Parties, long Resolution, long IncidentEdits = 0);
