namespace FocalPoint.Domain.Import;

/// <summary>
/// Provenance and idempotency of one imported record: which source, file, sheet, row and batch it came from, under
/// which source key and content. The same key with the same content is skipped on a later import; items and persons
/// created from the same rows share the incident's provenance.
/// </summary>
public class ImportRecord
{
    public const int MaxKeyLength = 100;

    public long Id { get; set; }
    public long BatchId { get; set; }
    public string Source { get; set; } = "";

    /// <summary>The source's own key (e.g. its case number), or the content hash when the source has none.</summary>
    public string SourceKey { get; set; } = "";

    /// <summary>First 8 bytes of SHA-256 over source and key: the unique, indexed form.</summary>
    public long KeyHash { get; set; }

    /// <summary>First 8 bytes of SHA-256 over the mapped values.</summary>
    public long ContentHash { get; set; }
    public string RecordKind { get; set; } = "Incident";
    public long RecordId { get; set; }
    public long RowNumber { get; set; }
    public int RowCount { get; set; } = 1;
}
