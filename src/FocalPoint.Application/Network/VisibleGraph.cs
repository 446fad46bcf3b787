using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Network;

namespace FocalPoint.Application.Network;

/// <summary>
/// One user's need-to-know view of the registry snapshot: only the incidents they can see, the records anchored in
/// them, and persons only for roles that read personal data. Every chart query (neighbourhood, paths, communities,
/// centrality) runs on this graph, so nothing the user may not see can appear, nor even shorten a path.
/// </summary>
public sealed class VisibleGraph
{
    private readonly int[] toSnapshot;
    private readonly int[] linkToSnapshot;
    private readonly Dictionary<int, (long RecordId, MemberRecord Record)> entityLabels;
    private readonly long[] firstSeen;

    internal VisibleGraph(
        RegistrySnapshot snapshot, Graph graph, int[] toSnapshot, int[] linkToSnapshot, Dictionary<int, (long RecordId, MemberRecord Record)> entityLabels,
        long[] firstSeen, DateTimeOffset expires)
    {
        (Snapshot, Graph, this.toSnapshot, this.linkToSnapshot, this.entityLabels, this.firstSeen, Expires) =
            (snapshot, graph, toSnapshot, linkToSnapshot, entityLabels, firstSeen, expires);
    }

    public RegistrySnapshot Snapshot { get; }

    public Graph Graph { get; }

    internal DateTimeOffset Expires { get; }

    public bool TryFind(string? key, out int node)
    {
        node = -1;
        return key is not null && Graph.TryGetIndex(new NodeId(key), out node);
    }

    /// <summary>The key a record is drawn under: itself, or its resolved entity's node for a person or firearm record.</summary>
    public string DrawnKey(string key) =>
        !TryFind(key, out _) && NodeKeys.TryParse(key, out var kind, out var id) && !key.Contains(':' + NodeKeys.EntityPrefix, StringComparison.Ordinal)
            && kind is ChartNodeKind.Person or ChartNodeKind.Firearm
            ? Snapshot.NodeKeyOfRecord(kind, id)
            : key;

    public ChartNodeKind KindOf(int node) => Snapshot.Nodes.Kinds[toSnapshot[node]];

    /// <summary>An entity node's label comes from a record this user may see (<see cref="VisibleGraphs"/>), never from the snapshot's first record.</summary>
    public string LabelOf(int node) => entityLabels.TryGetValue(node, out var member) ? member.Record.Label : Snapshot.Nodes.Labels[toSnapshot[node]];

    public ChartNode Node(int node)
    {
        var s = toSnapshot[node];
        var n = Snapshot.Nodes;
        var ticks = n.Kinds[s] == ChartNodeKind.Incident ? n.DateTicks[s] : firstSeen[node];
        var date = ticks == 0 ? (DateOnly?)null : DateOnly.FromDateTime(new DateTime(ticks, DateTimeKind.Utc));
        var key = Graph.IdOf(node).ToString();
        return entityLabels.TryGetValue(node, out var member)
            ? new ChartNode(key, Graph.NodeTypeOf(node), member.Record.Label, member.Record.Detail, date, member.RecordId, member.Record.EntityId)
            : new ChartNode(key, Graph.NodeTypeOf(node), n.Labels[s], n.Details[s], date, n.RecordIds[s]);
    }

    public ChartEdge Edge(int link)
    {
        var info = Graph.GetLink(link);
        return new ChartEdge(
            Snapshot.LinkKey(linkToSnapshot[link]), Graph.IdOf(info.Source).ToString(), Graph.IdOf(info.Target).ToString(), info.Type,
            info.Date is { } d ? DateOnly.FromDateTime(d) : null, info.Weight);
    }

    /// <summary>The nodes and every link between them (the induced subgraph), each link once.</summary>
    public ChartElements Elements(IEnumerable<int> nodes)
    {
        var set = new HashSet<int>(nodes);
        var links = new SortedSet<int>();
        foreach (var v in set)
        {
            var row = Graph.IncidentLinks(v);
            var neighbours = Graph.Neighbours(v);
            for (var i = 0; i < row.Length; i++)
            {
                if (set.Contains(neighbours[i]))
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
}
