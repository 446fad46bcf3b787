using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Partners;

/// <summary>
/// Expands groups through their subgroups. Whether the members of a send see each other's names is decided by the group
/// named in the send only: a nested group's own rule governs sends to that group, not to the one that contains it.
/// </summary>
public sealed class GroupMembers(FocalPointDbContext db)
{
    /// <summary>Every group reachable below this one (not itself unless it is in a cycle, which saving prevents).</summary>
    public async Task<IReadOnlySet<long>> SubgroupsOfAsync(long groupId, CancellationToken cancellationToken = default)
    {
        var edges = await db.PartnerGroupMembers.AsNoTracking().Where(m => m.SubgroupId != null).Select(m => new { m.GroupId, Sub = m.SubgroupId!.Value }).ToListAsync(cancellationToken);
        var children = edges.ToLookup(e => e.GroupId, e => e.Sub);
        var seen = new HashSet<long>();
        var queue = new Queue<long>([groupId]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var child in children[next].Where(seen.Add))
            {
                queue.Enqueue(child);
            }
        }

        return seen;
    }

    /// <summary>The partners in a group and all its subgroups, each once.</summary>
    public async Task<IReadOnlyList<long>> PartnersOfAsync(long groupId, CancellationToken cancellationToken = default)
    {
        var groups = new HashSet<long>(await SubgroupsOfAsync(groupId, cancellationToken)) { groupId };
        return await db.PartnerGroupMembers.AsNoTracking().Where(m => groups.Contains(m.GroupId) && m.PartnerId != null)
            .Select(m => m.PartnerId!.Value).Distinct().ToListAsync(cancellationToken);
    }
}
