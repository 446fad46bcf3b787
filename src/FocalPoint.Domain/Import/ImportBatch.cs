namespace FocalPoint.Domain.Import;

/// <summary>Where an import stands. Only <see cref="Committed"/> batches have rows in the registry.</summary>
public enum ImportBatchState
{
    /// <summary>The file is stored and its mapping chosen; nothing is in the registry yet.</summary>
    Staged,

    /// <summary>A commit started; if the process died, the registry is unchanged and the batch can be resumed or discarded.</summary>
    Committing,
    Committed,
    RolledBack,

    /// <summary>Refused (errors under the refuse policy) or failed; nothing reached the registry.</summary>
    Failed,
    Discarded,
}

/// <summary>What to do with a file that has bad rows.</summary>
public enum ImportPolicy
{
    /// <summary>Any row error refuses the whole file.</summary>
    Refuse,

    /// <summary>Valid rows are imported; the others wait in the quarantine to be corrected and re-imported.</summary>
    Quarantine,
}

/// <summary>One import of one file (or one sheet of a workbook): the unit that is committed and rolled back whole.</summary>
public class ImportBatch
{
    public const int MaxNameLength = 260;

    public long Id { get; set; }

    /// <summary>The source (mapping profile) name, e.g. "border-police": keys are unique per source.</summary>
    public string Source { get; set; } = "";
    public string FileName { get; set; } = "";
    public string? Sheet { get; set; }

    /// <summary>SHA-256 of the stored file, hex.</summary>
    public string FileSha256 { get; set; } = "";
    public long FileBytes { get; set; }

    /// <summary>Where the file was kept for a resumed commit; deleted when the batch is committed, refused or discarded.</summary>
    public string StoredPath { get; set; } = "";
    public string Format { get; set; } = "";
    public string? Encoding { get; set; }

    /// <summary>The column mapping used, as JSON (see ImportMapping).</summary>
    public string MappingJson { get; set; } = "";
    public ImportPolicy Policy { get; set; }

    /// <summary>What the file's dates showed when it was staged; the mapping's own choice of order, when made, wins.</summary>
    public DateOrderEvidence DateEvidence { get; set; }
    public ImportBatchState State { get; set; }
    public long RowsRead { get; set; }
    public long RecordsImported { get; set; }
    public long RowsSkipped { get; set; }
    public long RowsQuarantined { get; set; }
    public long PersonsImported { get; set; }

    /// <summary>Records of earlier imports whose changed rows this file updated (only when <see cref="UpdateChanged"/>).</summary>
    public long RecordsUpdated { get; set; }

    /// <summary>The user chose to update records whose rows changed since they were imported; otherwise such rows are errors.</summary>
    public bool UpdateChanged { get; set; }
    public string? Message { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>For a batch of corrected quarantined rows: the batch whose rows they were (their row numbers are that file's).</summary>
    public long? CorrectsBatchId { get; set; }
}
