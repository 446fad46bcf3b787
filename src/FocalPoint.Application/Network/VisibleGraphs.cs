using System.Collections.Concurrent;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Network;

/// <summary>
/// Cuts the acting user's <see cref="VisibleGraph"/> out of the registry snapshot. The set of visible incidents is
/// read with <see cref="IncidentVisibility"/> (the same query every list uses); the rest follows from it:
/// persons and firearms are visible through a visible incident they are recorded in (persons only to personal-data
/// roles), vehicles, identifiers, organisations and locations through a visible link to a visible node, and a link
/// when both ends are visible and the incident it was learned from (if any) is. Views are reused for a few seconds.
/// </summary>
public sealed class VisibleGraphs(
    RegistrySnapshotCache snapshots, VisibleGraphCache cache, FocalPointDbContext db, IAccessContext accessContext, TimeProvider time, IOptions<LinkChartOptions> options)
{
    public async Task<VisibleGraph> GetAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var key = $"{access.UserName}|{string.Join(',', access.Roles.Order(StringComparer.Ordinal))}|{access.Agency}|{access.Unrestricted}";
        var now = time.GetUtcNow();
        if (cache.TryGet(key, out var cached) && cached.Snapshot.Build == snapshot.Build && cached.Expires > now)
        {
            return cached;
        }

        HashSet<long>? visibleIncidents = access.Unrestricted
            ? null
            : (await db.Incidents.VisibleTo(access, db).Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        var view = Cut(snapshot, visibleIncidents, access.SeesPersonalData, now.AddSeconds(options.Value.VisibleGraphSeconds));
        cache.Put(key, view, options.Value.VisibleGraphCacheSize);
        return view;
    }

    internal static VisibleGraph Cut(RegistrySnapshot snapshot, HashSet<long>? visibleIncidents, bool personalData, DateTimeOffset expires)
    {
        var g = snapshot.Graph;
        var kinds = snapshot.Nodes.Kinds;
        var visible = new bool[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++)
        {
            visible[v] = kinds[v] switch
            {
                ChartNodeKind.Municipality => true,
                ChartNodeKind.Incident => visibleIncidents is null || visibleIncidents.Contains(snapshot.Nodes.RecordIds[v]),
                _ => false,
            };
        }

        var members = VisibleMembers(snapshot, visible);
        bool LinkAllowed(int l) => (snapshot.LinkIncident[l] < 0 || visible[snapshot.LinkIncident[l]]) && MembersVisible(snapshot, members, l);

        // Anchored kinds first (through their incident), then the free kinds twice so a car reached via a person counts.
        Reach(g, kinds, visible, LinkAllowed, k => k == ChartNodeKind.Firearm || (personalData && k == ChartNodeKind.Person), incidentOnly: true);
        for (var pass = 0; pass < 2; pass++)
        {
            Reach(g, kinds, visible, LinkAllowed, k => k is ChartNodeKind.Vehicle or ChartNodeKind.Identifier or ChartNodeKind.Organisation or ChartNodeKind.Location, incidentOnly: false);
        }

        var builder = new GraphBuilder();
        var toSnapshot = new List<int>();
        var map = new int[g.NodeCount];
        for (var v = 0; v < g.NodeCount; v++)
        {
            map[v] = -1;
            if (visible[v])
            {
                map[v] = builder.AddNode(g.IdOf(v), g.NodeTypeOf(v));
                toSnapshot.Add(v);
            }
        }

        var links = new List<int>();
        var firstSeen = new long[toSnapshot.Count];
        for (var l = 0; l < g.LinkCount; l++)
        {
            var info = g.GetLink(l);
            if (visible[info.Source] && visible[info.Target] && LinkAllowed(l))
            {
                builder.AddLinkByIndex(map[info.Source], map[info.Target], info.Type, info.Date, info.Weight);
                links.Add(l);
                FirstSeen(snapshot, firstSeen, map, info, snapshot.LinkIncident[l]);
            }
        }

        return new VisibleGraph(snapshot, builder.Build(), [.. toSnapshot], [.. links], EntityLabels(snapshot, members, map), firstSeen, expires);
    }

    /// <summary>
    /// The source records of entity nodes that this user may see: those recorded in a visible incident (the
    /// membership link's governing incident is the incident itself). Persons stay hidden from other roles by <see cref="Reach"/>.
    /// </summary>
    private static Dictionary<int, SortedSet<long>> VisibleMembers(RegistrySnapshot snapshot, bool[] visible)
    {
        var members = new Dictionary<int, SortedSet<long>>();
        foreach (var (link, ends) in snapshot.EntityLinkEnds)
        {
            var incident = snapshot.LinkIncident[link];
            if (incident < 0 || !visible[incident])
            {
                continue;
            }

            var info = snapshot.Graph.GetLink(link);
            if (info.Target == incident && ends.SourceRecord != 0)
            {
                Add(members, info.Source, ends.SourceRecord);
            }
            else if (info.Source == incident && ends.TargetRecord != 0)
            {
                Add(members, info.Target, ends.TargetRecord);
            }
        }

        return members;

        static void Add(Dictionary<int, SortedSet<long>> members, int node, long record)
        {
            if (!members.TryGetValue(node, out var records))
            {
                members[node] = records = [];
            }

            records.Add(record);
        }
    }

    /// <summary>A link at an entity node counts only when the record it was read from is one the user may see.</summary>
    private static bool MembersVisible(RegistrySnapshot snapshot, Dictionary<int, SortedSet<long>> members, int link)
    {
        if (!snapshot.EntityLinkEnds.TryGetValue(link, out var ends))
        {
            return true;
        }

        var info = snapshot.Graph.GetLink(link);
        return (ends.SourceRecord == 0 || (members.TryGetValue(info.Source, out var s) && s.Contains(ends.SourceRecord)))
            && (ends.TargetRecord == 0 || (members.TryGetValue(info.Target, out var t) && t.Contains(ends.TargetRecord)));
    }

    /// <summary>Each visible entity node is labelled from its lowest-numbered record the user may see.</summary>
    private static Dictionary<int, (long RecordId, MemberRecord Record)> EntityLabels(RegistrySnapshot snapshot, Dictionary<int, SortedSet<long>> members, int[] map)
    {
        var labels = new Dictionary<int, (long, MemberRecord)>();
        foreach (var (node, records) in members)
        {
            var kind = snapshot.Nodes.Kinds[node];
            if (map[node] >= 0 && records.FirstOrDefault(r => snapshot.Nodes.MemberDisplay.ContainsKey((kind, r))) is > 0 and var first)
            {
                labels[map[node]] = (first, snapshot.Nodes.MemberDisplay[(kind, first)]);
            }
        }

        return labels;
    }

    /// <summary>Non-incident nodes are dated by their earliest visible incident: a hidden incident's date never shows.</summary>
    private static void FirstSeen(RegistrySnapshot snapshot, long[] firstSeen, int[] map, LinkInfo info, int incident)
    {
        if (incident < 0)
        {
            return;
        }

        var ticks = snapshot.Nodes.DateTicks[incident];
        foreach (var end in (ReadOnlySpan<int>)[info.Source, info.Target])
        {
            var v = map[end];
            if (snapshot.Nodes.Kinds[end] != ChartNodeKind.Incident && ticks != 0 && (firstSeen[v] == 0 || ticks < firstSeen[v]))
            {
                firstSeen[v] = ticks;
            }
        }
    }

    private static void Reach(Graph g, List<ChartNodeKind> kinds, bool[] visible, Func<int, bool> linkAllowed, Func<ChartNodeKind, bool> applies, bool incidentOnly)
    {
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (visible[v] || !applies(kinds[v]))
            {
                continue;
            }

            var row = g.IncidentLinks(v);
            var neighbours = g.Neighbours(v);
            for (var i = 0; i < row.Length && !visible[v]; i++)
            {
                var w = neighbours[i];
                visible[v] = visible[w] && linkAllowed(row[i]) && (!incidentOnly || kinds[w] == ChartNodeKind.Incident);
            }
        }
    }
}

/// <summary>The per-user views in memory (a handful; the least recently built goes first).</summary>
public sealed class VisibleGraphCache
{
    private readonly ConcurrentDictionary<string, VisibleGraph> views = new(StringComparer.Ordinal);

    public bool TryGet(string key, out VisibleGraph view) => views.TryGetValue(key, out view!);

    public void Put(string key, VisibleGraph view, int capacity)
    {
        views[key] = view;
        while (views.Count > capacity && views.MinBy(v => v.Value.Expires) is { Key: var oldest })
        {
            views.TryRemove(oldest, out _);
        }
    }

    public void Clear() => views.Clear();
}
