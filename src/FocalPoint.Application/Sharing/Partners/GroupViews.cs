using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Partners;

/// <summary>A group as the groups page shows it: its direct members, its subgroups, everyone it reaches, and its name rule.</summary>
public sealed record GroupView(long Id, string Name, bool MembersSeeEachOther, IReadOnlyList<long> PartnerIds, IReadOnlyList<long> SubgroupIds, IReadOnlyList<string> Reaches);

/// <summary>Reads the partner groups with the partners each reaches through its subgroups (what a send to it addresses).</summary>
public sealed class GroupViews(FocalPointDbContext db, IAccessContext accessContext, GroupMembers members)
{
    public async Task<IReadOnlyList<GroupView>> HandleAsync(CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend))
        {
            return [];
        }

        var groups = await db.PartnerGroups.AsNoTracking().Include(g => g.Members).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var codes = await db.SharingPartners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var views = new List<GroupView>();
        foreach (var g in groups)
        {
            var reaches = (await members.PartnersOfAsync(g.Id, cancellationToken)).Select(id => codes[id]).Order(StringComparer.Ordinal).ToList();
            views.Add(new GroupView(g.Id, g.Name, g.MembersSeeEachOther,
                [.. g.Members.Where(m => m.PartnerId != null).Select(m => m.PartnerId!.Value)], [.. g.Members.Where(m => m.SubgroupId != null).Select(m => m.SubgroupId!.Value)], reaches));
        }

        return views;
    }
}
