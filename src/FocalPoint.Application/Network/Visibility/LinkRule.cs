using FocalPoint.Application.Network.Snapshot;

namespace FocalPoint.Application.Network.Visibility;

/// <summary>
/// Whether a link may carry need-to-know: the incident it was learned from (if any) is visible and, at a resolved-entity
/// end, the source record it was read from is one of the entity's records recorded in a visible incident. Built once
/// the visible incidents are known; the members are few (entity links only), the check per plain link is two lookups.
/// </summary>
internal sealed class LinkRule
{
    private readonly RegistrySnapshot snapshot;
    private readonly Func<int, bool> visible;
    private readonly Dictionary<int, HashSet<long>> members = [];

    public LinkRule(RegistrySnapshot snapshot, Func<int, bool> visible)
    {
        (this.snapshot, this.visible) = (snapshot, visible);
        foreach (var (link, ends) in snapshot.EntityLinkEnds)
        {
            var incident = snapshot.LinkIncident[link];
            if (incident < 0 || !visible(incident))
            {
                continue;
            }

            var info = snapshot.Graph.GetLink(link);
            if (info.Target == incident && ends.SourceRecord != 0)
            {
                Add(info.Source, ends.SourceRecord);
            }
            else if (info.Source == incident && ends.TargetRecord != 0)
            {
                Add(info.Target, ends.TargetRecord);
            }
        }
    }

    public bool Allows(int link)
    {
        var incident = snapshot.LinkIncident[link];
        if (incident >= 0 && !visible(incident))
        {
            return false;
        }

        if (snapshot.EntityLinkEnds.Count == 0 || !snapshot.EntityLinkEnds.TryGetValue(link, out var ends))
        {
            return true;
        }

        var info = snapshot.Graph.GetLink(link);
        return (ends.SourceRecord == 0 || (members.TryGetValue(info.Source, out var s) && s.Contains(ends.SourceRecord)))
            && (ends.TargetRecord == 0 || (members.TryGetValue(info.Target, out var t) && t.Contains(ends.TargetRecord)));
    }

    private void Add(int node, long record)
    {
        if (!members.TryGetValue(node, out var records))
        {
            members[node] = records = [];
        }

        records.Add(record);
    }
}
