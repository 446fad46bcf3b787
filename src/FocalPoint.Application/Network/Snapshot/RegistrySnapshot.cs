using FocalPoint.Network;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>
/// The whole registry as one immutable graph (CSR, from <see cref="GraphBuilder"/>) plus what the chart shows per
/// node. It holds every record, so it is never handed to a user: <see cref="VisibleGraphs"/> cuts each user's
/// need-to-know view out of it. Arrays are indexed by the graph's node and link indices.
/// </summary>
public sealed class RegistrySnapshot
{
    internal RegistrySnapshot(Graph graph, SnapshotNodes nodes, int[] linkIncident, long[] linkRecordIds, RegistryStamp stamp, long build, TimeSpan buildTime)
    {
        (Graph, Nodes, LinkIncident, LinkRecordIds, Stamp, Build, BuildTime) = (graph, nodes, linkIncident, linkRecordIds, stamp, build, buildTime);
    }

    public Graph Graph { get; }

    internal SnapshotNodes Nodes { get; }

    /// <summary>Per link: the incident node whose visibility decides the link's, or -1 when none does.</summary>
    internal int[] LinkIncident { get; }

    /// <summary>Per link: the id of the row in the Links table, or 0 for links derived from incident membership.</summary>
    internal long[] LinkRecordIds { get; }

    public RegistryStamp Stamp { get; }

    /// <summary>Increases with every rebuild; caches of per-user views are keyed by it.</summary>
    public long Build { get; }

    public TimeSpan BuildTime { get; }

    public int NodeCount => Graph.NodeCount;

    public int LinkCount => Graph.LinkCount;

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
    public List<string> Labels { get; } = [];
    public List<string?> Details { get; } = [];

    /// <summary>UTC ticks of the incident, or of the earliest dated link for other nodes; 0 when unknown.</summary>
    public List<long> DateTicks { get; } = [];

    /// <summary>Drops the lists' spare capacity once the snapshot is complete (up to half of their memory).</summary>
    public void Trim()
    {
        Kinds.TrimExcess();
        RecordIds.TrimExcess();
        Labels.TrimExcess();
        Details.TrimExcess();
        DateTicks.TrimExcess();
    }

    public void Add(ChartNodeKind kind, long recordId, string label, string? detail, long ticks)
    {
        Kinds.Add(kind);
        RecordIds.Add(recordId);
        Labels.Add(label);
        Details.Add(detail);
        DateTicks.Add(ticks);
    }
}

/// <summary>
/// A cheap fingerprint of the registry: highest ids and row counts of the tables the graph reads. New rows,
/// deletions and erasures change it; in-place edits do not, which is why snapshots also have a maximum age.
/// </summary>
public sealed record RegistryStamp(long Incidents, long Links, long IncidentPersons, long Firearms, long Persons, long Parties);
