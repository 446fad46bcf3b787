using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Network;

namespace FocalPoint.Application.Network;

/// <summary>
/// One user's need-to-know view of the registry snapshot: the snapshot's graph seen through the
/// <see cref="VisibilityMask"/> of their access profile (only the incidents they can see, the records anchored in them,
/// persons only for roles that read personal data). Node and link indices are the snapshot's. Every chart query runs
/// with <see cref="Filter"/>, so the engine never steps onto what the user may not see, nor lets it shorten a path.
/// </summary>
public sealed class VisibleGraph
{
    internal VisibleGraph(RegistrySnapshot snapshot, VisibilityMask mask) => (Snapshot, Mask) = (snapshot, mask);

    public RegistrySnapshot Snapshot { get; }

    /// <summary>The whole snapshot's graph: only ever walked with <see cref="Filter"/>, only ever read at visible indices.</summary>
    public Graph Graph => Snapshot.Graph;

    public VisibilityMask Mask { get; }

    public bool IsVisible(int node) => Mask.IsNodeVisible(node);

    /// <summary>The chart's filter with the user's mask: the only way a traversal of this view may be run.</summary>
    public GraphFilter Filter(ChartFilter? filter) => (filter?.ToGraphFilter() ?? GraphFilter.None) with { Visibility = Mask };

    public bool TryFind(string? key, out int node)
    {
        node = -1;
        return key is not null && Graph.TryGetIndex(new NodeId(key), out node) && Mask.IsNodeVisible(node);
    }

    /// <summary>The key a record is drawn under: itself, or its resolved entity's node for a person or firearm record.</summary>
    public string DrawnKey(string key) =>
        !TryFind(key, out _) && NodeKeys.TryParse(key, out var kind, out var id) && !key.Contains(':' + NodeKeys.EntityPrefix, StringComparison.Ordinal)
            && kind is ChartNodeKind.Person or ChartNodeKind.Firearm
            ? Snapshot.NodeKeyOfRecord(kind, id)
            : key;

    public ChartNodeKind KindOf(int node) => Snapshot.Nodes.Kinds[node];

    /// <summary>An entity node's label comes from a record this user may see, never from the snapshot's first record.</summary>
    public string LabelOf(int node) => VisibleMember(node) is { } member ? member.Record.Label : Snapshot.Nodes.Labels[node];

    public ChartNode Node(int node)
    {
        var n = Snapshot.Nodes;
        var ticks = n.Kinds[node] == ChartNodeKind.Incident ? n.DateTicks[node] : FirstSeen(node);
        var date = ticks == 0 ? (DateOnly?)null : DateOnly.FromDateTime(new DateTime(ticks, DateTimeKind.Utc));
        var key = Graph.IdOf(node).ToString();
        return VisibleMember(node) is { } member
            ? new ChartNode(key, Graph.NodeTypeOf(node), member.Record.Label, member.Record.Detail, date, member.RecordId, member.Record.EntityId)
            : new ChartNode(key, Graph.NodeTypeOf(node), n.Labels[node], n.Details[node], date, n.RecordIds[node]);
    }

    public ChartEdge Edge(int link)
    {
        var info = Graph.GetLink(link);
        return new ChartEdge(
            Snapshot.LinkKey(link), Graph.IdOf(info.Source).ToString(), Graph.IdOf(info.Target).ToString(), info.Type,
            info.Date is { } d ? DateOnly.FromDateTime(d) : null, info.Weight);
    }

    /// <summary>The nodes and every visible link between them (the induced subgraph), each link once.</summary>
    public ChartElements Elements(IEnumerable<int> nodes)
    {
        var set = new HashSet<int>(nodes.Where(Mask.IsNodeVisible));
        var links = new SortedSet<int>();
        foreach (var v in set)
        {
            var row = Graph.IncidentLinks(v);
            var neighbours = Graph.Neighbours(v);
            for (var i = 0; i < row.Length; i++)
            {
                if (set.Contains(neighbours[i]) && Mask.IsLinkVisible(row[i]))
                {
                    links.Add(row[i]);
                }
            }
        }

        return new ChartElements(set.Order().Select(Node).ToList(), links.Select(Edge).ToList());
    }

    /// <summary>Node indices of the keys that are in this view; keys out of reach are silently absent.</summary>
    public List<int> Resolve(IEnumerable<string>? keys)
    {
        var result = new List<int>();
        foreach (var key in keys ?? [])
        {
            if (TryFind(key, out var node))
            {
                result.Add(node);
            }
        }

        return result;
    }

    /// <summary>A node without a date of its own is dated by its earliest visible incident: a hidden incident's date never shows.</summary>
    private long FirstSeen(int node)
    {
        long first = 0;
        foreach (var link in Graph.IncidentLinks(node))
        {
            var incident = Snapshot.LinkIncident[link];
            if (incident >= 0 && incident != node && Mask.IsLinkVisible(link) && Snapshot.Nodes.DateTicks[incident] is var ticks and not 0 && (first == 0 || ticks < first))
            {
                first = ticks;
            }
        }

        return first;
    }

    /// <summary>
    /// The lowest-numbered record of an entity node that the user may see: one recorded in a visible incident (the
    /// membership link to that incident names it). Null for a record node.
    /// </summary>
    private (long RecordId, MemberRecord Record)? VisibleMember(int node)
    {
        if (Snapshot.Nodes.EntityIds[node] == 0)
        {
            return null;
        }

        var kind = Snapshot.Nodes.Kinds[node];
        long lowest = 0;
        foreach (var link in Graph.IncidentLinks(node))
        {
            var incident = Snapshot.LinkIncident[link];
            if (incident < 0 || !Mask.IsNodeVisible(incident) || !Snapshot.EntityLinkEnds.TryGetValue(link, out var ends))
            {
                continue;
            }

            var info = Graph.GetLink(link);
            var record = info.Target == incident && info.Source == node ? ends.SourceRecord : info.Source == incident && info.Target == node ? ends.TargetRecord : 0;
            if (record != 0 && (lowest == 0 || record < lowest) && Snapshot.Nodes.MemberDisplay.ContainsKey((kind, record)))
            {
                lowest = record;
            }
        }

        return lowest == 0 ? null : (lowest, Snapshot.Nodes.MemberDisplay[(kind, lowest)]);
    }
}
