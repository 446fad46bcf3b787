namespace FocalPoint.Domain.Import;

/// <summary>
/// A source row that failed validation: its original values and its errors, kept for correction and re-import.
/// Under the refuse policy the same rows form the error report of the refused batch.
/// </summary>
public class QuarantinedRow
{
    public long Id { get; set; }
    public long BatchId { get; set; }
    public ImportBatch? Batch { get; set; }
    public long RowNumber { get; set; }

    /// <summary>The row as read: a JSON object of column header to value (corrections edit it).</summary>
    public string ValuesJson { get; set; } = "";

    /// <summary>The problems found: a JSON array of { field, value, problem, suggestion }.</summary>
    public string ErrorsJson { get; set; } = "";

    /// <summary>Set when a corrected row was imported by a later batch.</summary>
    public long? ResolvedByBatchId { get; set; }
}
