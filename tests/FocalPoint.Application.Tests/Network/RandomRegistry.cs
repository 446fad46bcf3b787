using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Network;

namespace FocalPoint.Application.Tests.Network;

/// <summary>
/// A random registry snapshot shaped like the real one: incidents in municipalities, firearms and persons recorded in
/// incidents (some persons resolved into entities of several records), free vehicles, identifiers, organisations and
/// locations, and explicit links between any of them, half learned in an incident.
/// </summary>
internal sealed class RandomRegistry
{
    private readonly Random random;
    private readonly GraphBuilder graph = new();
    private readonly SnapshotNodes nodes = new();
    private readonly List<int> linkIncident = [];
    private readonly Dictionary<int, EntityLinkEnds> ends = [];
    private readonly Dictionary<int, long[]> entityRecords = [];
    private long nextId = 1;

    private RandomRegistry(int seed) => random = new Random(seed);

    public static RegistrySnapshot Build(int seed, int incidents) => new RandomRegistry(seed).Fill(incidents);

    private RegistrySnapshot Fill(int incidentCount)
    {
        var places = Many(3, () => Node(ChartNodeKind.Municipality));
        var incidents = Many(incidentCount, () => Node(ChartNodeKind.Incident, ticks: new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(365)).Ticks));
        foreach (var incident in incidents)
        {
            Link(incident, Pick(places), "OccurredIn", incident);
        }

        var anchored = new List<int>();
        for (var i = 0; i < incidentCount; i++)
        {
            var firearm = Node(ChartNodeKind.Firearm);
            Link(firearm, Pick(incidents), "RecordedIn", -1, governedByTarget: true);
            anchored.Add(firearm);
            anchored.Add(random.Next(4) == 0 ? Entity(incidents) : Record(incidents));
        }

        var free = new List<int>();
        foreach (var kind in (ChartNodeKind[])[ChartNodeKind.Vehicle, ChartNodeKind.Identifier, ChartNodeKind.Organisation, ChartNodeKind.Location])
        {
            free.AddRange(Many(incidentCount / 3, () => Node(kind)));
        }

        List<int> any = [.. incidents, .. anchored, .. free];
        for (var i = 0; i < incidentCount * 2; i++)
        {
            Link(Pick(any), Pick(any), "Associate", random.Next(2) == 0 ? Pick(incidents) : -1);
        }

        nodes.Trim();
        var stamp = new RegistryStamp(0, 0, 0, 0, 0, 0, 0);
        return new RegistrySnapshot(graph.Build(), nodes, [.. linkIncident], new long[linkIncident.Count], ends, stamp, 1, TimeSpan.Zero);
    }

    private int Record(List<int> incidents)
    {
        var person = Node(ChartNodeKind.Person);
        Link(person, Pick(incidents), "SuspectIn", -1, governedByTarget: true);
        return person;
    }

    /// <summary>A resolved person of two or three records, each recorded in its own incident.</summary>
    private int Entity(List<int> incidents)
    {
        var entityId = nextId++;
        var records = Many(2 + random.Next(2), () => nextId++).Select(r => (long)r).ToArray();
        var node = graph.AddNode(NodeKeys.OfEntity(ChartNodeKind.Person, entityId), NodeKeys.TypeName(ChartNodeKind.Person));
        nodes.Add(ChartNodeKind.Person, records[0], entityId, "entity", null, 0);
        entityRecords[node] = records;
        foreach (var record in records)
        {
            nodes.MemberDisplay[(ChartNodeKind.Person, record)] = new MemberRecord(entityId, $"record {record}", null);
            Link(node, Pick(incidents), "SuspectIn", -1, governedByTarget: true, sourceRecord: record);
        }

        return node;
    }

    private int Node(ChartNodeKind kind, long ticks = 0)
    {
        var id = nextId++;
        var node = graph.AddNode(NodeKeys.Of(kind, id), NodeKeys.TypeName(kind));
        nodes.Add(kind, id, 0, $"{kind} {id}", null, ticks);
        return node;
    }

    private void Link(int from, int to, string type, int governing, bool governedByTarget = false, long sourceRecord = 0)
    {
        var link = graph.AddLinkByIndex(from, to, type, null, 0.2 + (0.8 * random.NextDouble()));
        linkIncident.Add(governedByTarget ? to : governing);
        var fromRecord = entityRecords.TryGetValue(from, out var a) ? (sourceRecord != 0 ? sourceRecord : a[random.Next(a.Length)]) : 0;
        var toRecord = entityRecords.TryGetValue(to, out var b) ? b[random.Next(b.Length)] : 0;
        if (fromRecord != 0 || toRecord != 0)
        {
            ends[link] = new EntityLinkEnds(fromRecord, toRecord);
        }
    }

    private int Pick(List<int> from) => from[random.Next(from.Count)];

    private static List<T> Many<T>(int count, Func<T> make) => Enumerable.Range(0, count).Select(_ => make()).ToList();
}
