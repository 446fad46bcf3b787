using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Sharing;

/// <summary>
/// A named set of partners and of other groups (a trilateral group inside a regional one). Sending to a group sends one
/// package per partner; whether each sees the others' names is this group's rule, off by default.
/// </summary>
public class PartnerGroup : AuditableEntity
{
    public const int MaxNameLength = 100;

    public string Name { get; set; } = "";
    public bool MembersSeeEachOther { get; set; }
    public List<PartnerGroupMember> Members { get; set; } = [];
}

/// <summary>Either a partner or a subgroup.</summary>
public class PartnerGroupMember
{
    public long Id { get; set; }
    public long GroupId { get; set; }
    public long? PartnerId { get; set; }
    public long? SubgroupId { get; set; }
}
