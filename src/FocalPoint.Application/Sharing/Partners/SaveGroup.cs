using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Partners;

public sealed class GroupInput
{
    public string? Name { get; set; }
    public bool MembersSeeEachOther { get; set; }
    public List<long> PartnerIds { get; set; } = [];
    public List<long> SubgroupIds { get; set; } = [];
}

/// <summary>Creates or replaces a partner group. Groups nest; a group that would contain itself, directly or deeper, is refused.</summary>
public sealed class SaveGroup(FocalPointDbContext db, IAccessContext accessContext, GroupMembers members)
{
    public async Task<CommandResult<long>> HandleAsync(long? groupId, GroupInput input, CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add("Name", Messages.Required);
        }

        TextRules.Check(errors, "Name", input.Name, PartnerGroup.MaxNameLength);
        if (groupId is { } id)
        {
            foreach (var subgroup in input.SubgroupIds.Distinct())
            {
                if (subgroup == id || (await members.SubgroupsOfAsync(subgroup, cancellationToken)).Contains(id))
                {
                    errors.Add("SubgroupIds", SharingMessages.GroupCycle, await db.PartnerGroups.Where(g => g.Id == subgroup).Select(g => g.Name).FirstAsync(cancellationToken));
                }
            }
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var group = groupId is { } existing
            ? await db.PartnerGroups.Include(g => g.Members).FirstAsync(g => g.Id == existing, cancellationToken)
            : db.PartnerGroups.Add(new PartnerGroup()).Entity;
        group.Name = input.Name!.Trim();
        group.MembersSeeEachOther = input.MembersSeeEachOther;
        group.Members.Clear();
        group.Members.AddRange(input.PartnerIds.Distinct().Select(p => new PartnerGroupMember { PartnerId = p }));
        group.Members.AddRange(input.SubgroupIds.Distinct().Select(s => new PartnerGroupMember { SubgroupId = s }));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(group.Id);
    }
}
