using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Network;

namespace FocalPoint.Application.Network.Visibility;

/// <summary>
/// The link chart's former need-to-know view: a copy of the snapshot's graph per user holding only what they may see
/// (23 s per user at 4 M links). Kept as the reference that the masks are measured against (bench/chart) and checked
/// against (the equivalence tests); no page uses it.
/// </summary>
internal static class PerUserCut
{
    /// <returns>The user's own graph and, per node of it, the snapshot node it copies.</returns>
    public static (Graph Graph, int[] ToSnapshot) Cut(RegistrySnapshot snapshot, HashSet<long>? visibleIncidents, bool personalData)
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

        var rule = new LinkRule(snapshot, v => visible[v]);
        Reach(g, kinds, visible, rule.Allows, k => k == ChartNodeKind.Firearm || (personalData && k == ChartNodeKind.Person), incidentOnly: true);
        for (var pass = 0; pass < 2; pass++)
        {
            Reach(g, kinds, visible, rule.Allows, k => k is ChartNodeKind.Vehicle or ChartNodeKind.Identifier or ChartNodeKind.Organisation or ChartNodeKind.Location, incidentOnly: false);
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

        for (var l = 0; l < g.LinkCount; l++)
        {
            var info = g.GetLink(l);
            if (visible[info.Source] && visible[info.Target] && rule.Allows(l))
            {
                builder.AddLinkByIndex(map[info.Source], map[info.Target], info.Type, info.Date, info.Weight);
            }
        }

        return (builder.Build(), [.. toSnapshot]);
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
