namespace FocalPoint.Domain.Import;

/// <summary>
/// An imported record changed by a later file (the "update changed records" choice): which batch changed it, and what it
/// was before, so that rolling that batch back restores the earlier values exactly.
/// </summary>
public class ImportRevision
{
    public long Id { get; set; }

    /// <summary>The batch whose file brought the change.</summary>
    public long BatchId { get; set; }
    public long ImportRecordId { get; set; }
    public long IncidentId { get; set; }
    public long RowNumber { get; set; }

    /// <summary>The record's content hash before the change, put back on rollback.</summary>
    public long PreviousContentHash { get; set; }

    /// <summary>The incident's version right after the change: any other version means someone edited it since.</summary>
    public int VersionAfter { get; set; }

    /// <summary>The incident and its items before the change, as JSON; encrypted at rest like the narrative it contains.</summary>
    public string PreviousJson { get; set; } = "";
}
