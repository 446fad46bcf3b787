using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Resolution;

/// <summary>What entity resolution resolves: the same human or the same physical gun across records.</summary>
public enum ResolvedKind
{
    Person,
    Firearm,
}

/// <summary>
/// One resolved person or firearm. Its id is stable: runs, reviews and splits move records between entities but never
/// renumber them, and an entity merged into another stays as a pointer (<see cref="MergedIntoId"/>) so old links still land.
/// </summary>
public class ResolvedEntity : AuditableEntity
{
    public ResolvedKind Kind { get; set; }

    /// <summary>Set when this entity was merged into another: it then has no members of its own.</summary>
    public long? MergedIntoId { get; set; }

    public List<EntityMembership> Members { get; set; } = [];
}

/// <summary>
/// A source record (a person record or a firearm record) belonging to a resolved entity. The source record itself is
/// never altered: resolution only writes this row, one per record.
/// </summary>
public class EntityMembership
{
    public long Id { get; set; }
    public ResolvedKind Kind { get; set; }

    /// <summary>Person.Id or Firearm.Id, by <see cref="Kind"/>.</summary>
    public long RecordId { get; set; }

    public long EntityId { get; set; }
    public ResolvedEntity? Entity { get; set; }
    public DateTime AssignedAtUtc { get; set; }
}
