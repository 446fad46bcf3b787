using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Links;

/// <summary>The kinds of record a link can join.</summary>
public enum EntityKind
{
    Person,
    Organisation,
    Vehicle,
    CommunicationIdentifier,
    Location,
    Firearm,
    Incident,
}

public enum LinkType
{
    Associate,
    Family,
    MemberOf,
    Employs,
    Owns,
    Uses,
    Drives,
    Contacted,
    ResidesAt,
    SeenAt,
    InvolvedIn,
    SuppliedTo,
    Other,
}

/// <summary>
/// A typed, dated link between any two registry records, with the incident it was learned from and a
/// confidence between 0 and 1. Kept as (kind, id) pairs so that one table serves every combination.
/// </summary>
public class EntityLink : AuditableEntity
{
    public EntityKind FromKind { get; set; }
    public long FromId { get; set; }
    public EntityKind ToKind { get; set; }
    public long ToId { get; set; }
    public LinkType Type { get; set; }
    public long? SourceIncidentId { get; set; }
    public Incident? SourceIncident { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public double Confidence { get; set; } = 1.0;
}
