using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Resolution;

public enum EntityChange
{
    /// <summary>Created by a resolution run.</summary>
    Created,

    /// <summary>A run added new records to the entity.</summary>
    RecordsAdded,

    /// <summary>Another entity's records were moved into this one (review, merge, or a run bridging two entities).</summary>
    Merged,

    /// <summary>This entity's records were moved into <see cref="EntityHistoryEntry.OtherEntityId"/>.</summary>
    MergedInto,

    /// <summary>Records were moved out of this entity into <see cref="EntityHistoryEntry.OtherEntityId"/>.</summary>
    Split,

    /// <summary>Created from records split off <see cref="EntityHistoryEntry.OtherEntityId"/>.</summary>
    SplitFrom,
}

/// <summary>One change to a resolved entity: who (CreatedBy), when (CreatedAtUtc), what, and why.</summary>
public class EntityHistoryEntry : AuditableEntity
{
    public const int MaxJustificationLength = 1000;
    public const int MaxRecordIdsLength = 4000;

    public long EntityId { get; set; }
    public EntityChange Change { get; set; }
    public long? OtherEntityId { get; set; }

    /// <summary>The record ids concerned, comma separated (ids only, never personal data).</summary>
    public string RecordIds { get; set; } = "";
    public string? Justification { get; set; }
    public long? RunId { get; set; }
}

/// <summary>One resolution run and what it did, so that "created by run 12" can be read back.</summary>
public class ResolutionRun : AuditableEntity
{
    public ResolvedKind Kind { get; set; }
    public bool Incremental { get; set; }
    public int Records { get; set; }
    public int NewRecords { get; set; }
    public int EntitiesCreated { get; set; }
    public int PairsQueued { get; set; }
    public long CandidatePairs { get; set; }
    public double Seconds { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
}
