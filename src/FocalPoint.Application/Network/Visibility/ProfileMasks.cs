using System.Runtime.InteropServices;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Network;

namespace FocalPoint.Application.Network.Visibility;

/// <summary>
/// Builds the <see cref="VisibilityMask"/> of an access profile over the registry snapshot: the need-to-know rule of
/// ADR 0013 (incidents by the profile; municipalities public; firearms, and persons for personal-data roles, through a
/// visible incident; vehicles, identifiers, organisations and locations through a visible link to a visible node; a
/// link when both ends and its governing incident are visible and, at an entity node, its source record is), as linear
/// passes over the snapshot's arrays: no graph is copied, so a profile costs two bit arrays.
/// </summary>
internal static class ProfileMasks
{
    public static VisibilityMask Build(RegistrySnapshot snapshot, AccessProfile profile)
    {
        if (profile.Unrestricted)
        {
            return Build(snapshot, _ => true, profile.PersonalData);
        }

        var open = profile.ReadsRegistry ? AccessProfile.OpenClasses(snapshot, profile.Agency) : null;
        var markings = snapshot.Nodes.Markings;
        var extra = profile.ExtraIncidentNodes;
        return Build(snapshot, v => open is not null && (open[markings[v]] || Array.BinarySearch(extra, v) >= 0), profile.PersonalData);
    }

    /// <param name="incidentVisible">Whether the incident at a node index is within reach.</param>
    internal static VisibilityMask Build(RegistrySnapshot snapshot, Func<int, bool> incidentVisible, bool personalData)
    {
        var g = snapshot.Graph;
        var kinds = CollectionsMarshal.AsSpan(snapshot.Nodes.Kinds);
        var mask = new VisibilityMask(g);
        for (var v = 0; v < kinds.Length; v++)
        {
            if (kinds[v] == ChartNodeKind.Municipality || (kinds[v] == ChartNodeKind.Incident && incidentVisible(v)))
            {
                mask.ShowNode(v);
            }
        }

        var rule = new LinkRule(snapshot, mask.IsNodeVisible);
        // Anchored kinds first (through their incident), then the free kinds twice so a car reached via a person counts.
        var anchored = Kinds(ChartNodeKind.Firearm, personalData ? ChartNodeKind.Person : ChartNodeKind.Firearm);
        var free = Kinds(ChartNodeKind.Vehicle, ChartNodeKind.Identifier, ChartNodeKind.Organisation, ChartNodeKind.Location);
        Reach(g, kinds, mask, rule, anchored, incidentOnly: true);
        Reach(g, kinds, mask, rule, free, incidentOnly: false);
        Reach(g, kinds, mask, rule, free, incidentOnly: false);

        for (var l = 0; l < g.LinkCount; l++)
        {
            var link = g.GetLink(l);
            if (mask.IsNodeVisible(link.Source) && mask.IsNodeVisible(link.Target) && rule.Allows(l))
            {
                mask.ShowLink(l);
            }
        }

        return mask;
    }

    private static void Reach(Graph g, ReadOnlySpan<ChartNodeKind> kinds, VisibilityMask mask, LinkRule rule, bool[] applies, bool incidentOnly)
    {
        for (var v = 0; v < kinds.Length; v++)
        {
            if (!applies[(int)kinds[v]] || mask.IsNodeVisible(v))
            {
                continue;
            }

            var row = g.IncidentLinks(v);
            var neighbours = g.Neighbours(v);
            for (var i = 0; i < row.Length; i++)
            {
                var w = neighbours[i];
                if (mask.IsNodeVisible(w) && (!incidentOnly || kinds[w] == ChartNodeKind.Incident) && rule.Allows(row[i]))
                {
                    mask.ShowNode(v);
                    break;
                }
            }
        }
    }

    private static bool[] Kinds(params ChartNodeKind[] kinds)
    {
        var applies = new bool[Enum.GetValues<ChartNodeKind>().Max(k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            applies[(int)kind] = true;
        }

        return applies;
    }
}
