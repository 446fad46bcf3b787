using FocalPoint.Application.Import.Committing;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import;

/// <summary>A quarantined row with the values the user corrected (column header to value, as in the file).</summary>
public sealed record QuarantineCorrection(long QuarantinedRowId, IReadOnlyDictionary<string, string?> Values);

/// <summary>What a check or re-import of corrected rows came to; <see cref="StillWrong"/> holds the rows left in the quarantine with their new errors.</summary>
public sealed record CorrectionOutcome(long? BatchId, int RecordsImported, int RowsResolved, int RowsSkipped, IReadOnlyList<ImportErrorLine> StillWrong);

/// <summary>
/// Corrects quarantined rows of a committed batch and imports those now valid, through the same normaliser, validator and
/// bulk writer as a file import, all or nothing. Imported rows leave the quarantine (marked resolved by a correction
/// batch that names the original batch; their records keep the original row numbers); rows still wrong stay, with their
/// edited values and new errors. Rows already resolved are ignored, so sending the same corrections twice imports nothing twice.
/// </summary>
public sealed class CorrectQuarantine(
    FocalPointDbContext db, IAccessContext accessContext, ReferenceCache referenceCache, IncidentValidator validator, IAuditLog audit, TimeProvider time)
{
    /// <summary>Longest value accepted in a corrected cell; the registry's own limits are checked by the validator.</summary>
    public const int MaxValueLength = 4000;

    /// <summary>Checks corrections as a re-import would, without writing anything.</summary>
    public Task<ImportResult<CorrectionOutcome>> CheckAsync(long batchId, IReadOnlyList<QuarantineCorrection> corrections, CancellationToken ct = default) =>
        RunAsync(batchId, corrections, write: false, ct);

    /// <summary>Imports the corrected rows that are now valid; the others stay in the quarantine with their new errors.</summary>
    public Task<ImportResult<CorrectionOutcome>> ReimportAsync(long batchId, IReadOnlyList<QuarantineCorrection> corrections, CancellationToken ct = default) =>
        RunAsync(batchId, corrections, write: true, ct);

    private async Task<ImportResult<CorrectionOutcome>> RunAsync(long batchId, IReadOnlyList<QuarantineCorrection> corrections, bool write, CancellationToken ct)
    {
        var access = await accessContext.GetAsync(ct);
        var batch = await ImportAccess.FindAsync(db, access, batchId, ct);
        if (batch is null)
        {
            return ImportResult<CorrectionOutcome>.Fail(ImportProblemKind.NotFound, $"No import batch {batchId}.");
        }

        if (batch.State != ImportBatchState.Committed)
        {
            return ImportResult<CorrectionOutcome>.Fail(ImportProblemKind.Conflict,
                $"Batch {batchId} is {batch.State}: only the quarantine of a committed batch can be re-imported; correct the file and import it again.");
        }

        if (corrections.FirstOrDefault(c => c.Values.Values.Any(v => v?.Length > MaxValueLength)) is { } tooLong)
        {
            return ImportResult<CorrectionOutcome>.Fail(ImportProblemKind.BadFile, $"A value of the corrected row {tooLong.QuarantinedRowId} is longer than {MaxValueLength} characters.");
        }

        var ids = corrections.Select(c => c.QuarantinedRowId).ToList();
        var rows = await db.QuarantinedRows.Where(q => q.BatchId == batchId && ids.Contains(q.Id)).OrderBy(q => q.RowNumber).ToListAsync(ct);
        if (rows.Count != ids.Distinct().Count())
        {
            return ImportResult<CorrectionOutcome>.Fail(ImportProblemKind.NotFound, $"Some of the rows are not in the quarantine of batch {batchId}.");
        }

        var open = rows.Where(r => r.ResolvedByBatchId is null).ToList();
        var reference = await referenceCache.GetAsync(ct);
        var run = new CorrectionRun(db, reference, validator, batch, access.UserName, time.GetUtcNow().UtcDateTime);
        var outcome = write ? await run.ImportAsync(open, corrections, ct) : await run.CheckAsync(open, corrections, ct);
        if (outcome.RecordsImported > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "ImportBatch", [$"ImportBatch/{outcome.BatchId}", $"ImportBatch/{batchId}"],
                Detail: $"quarantine correction of batch {batchId}: {outcome.RecordsImported} incidents, {outcome.RowsResolved} rows resolved, {outcome.StillWrong.Count} still wrong"), ct);
        }

        return ImportResult<CorrectionOutcome>.Ok(outcome);
    }
}
