using FocalPoint.Application.Import.Committing;
using FocalPoint.Application.Import.Reading;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Import;

/// <summary>
/// Commits a staged batch (or resumes one left in Committing by a crash): all or nothing, in one transaction. A batch
/// that brought persons is audited once as a Collect naming the batch, not each row.
/// </summary>
public sealed class CommitImport(
    FocalPointDbContext db, IAccessContext accessContext, ReferenceCache referenceCache, IncidentValidator validator, IAuditLog audit,
    IOptions<ImportOptions> options, TimeProvider time, Tracing.Stolen.CheckStolen stolenCheck)
{
    public async Task<ImportResult<ImportSummary>> CommitAsync(long batchId, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var batch = await ImportAccess.FindAsync(db, access, batchId, ct);
        if (batch is null)
        {
            return ImportResult<ImportSummary>.Fail(ImportProblemKind.NotFound, $"No import batch {batchId}.");
        }

        if (batch.State is not (ImportBatchState.Staged or ImportBatchState.Committing))
        {
            return ImportResult<ImportSummary>.Fail(BatchStateProblems.For(batch, BatchStateProblems.Command.Commit));
        }

        if (!File.Exists(batch.StoredPath))
        {
            return ImportResult<ImportSummary>.Fail(BatchStateProblems.FileGone(batch));
        }

        // Dates the file cannot decide are never guessed: the user chooses their order first (nothing written yet).
        var mapping = Mapping.ImportMapping.FromJson(batch.MappingJson);
        if (mapping.DateOrder is null && batch.DateEvidence is DateOrderEvidence.Undecided or DateOrderEvidence.Contradicting)
        {
            var sniffed = SourceOpener.Sniff(batch.StoredPath, batch.FileName, batch.Encoding, options.Value, Data.Protection.FieldProtection.Of(db));
            var finding = Normalising.DateOrderScan.Scan(batch.StoredPath, batch.FileName, sniffed, batch.Sheet, mapping, ct);
            if (finding.NeedsChoice)
            {
                return ImportResult<ImportSummary>.Fail(DateOrderProblems.For(batch.FileName, finding));
            }
        }

        // Two staged copies of one file: the first committed wins, the second is refused before it writes anything.
        if (await EarlierImport.FindAsync(db, batch.FileSha256, batch.Id, ct) is { } earlier)
        {
            return ImportResult<ImportSummary>.Fail(EarlierImport.Problem(batch.FileName, earlier));
        }

        // Marked first, in its own transaction: a batch found in Committing later is one whose commit was interrupted.
        batch.State = ImportBatchState.Committing;
        await db.SaveChangesAsync(ct);
        try
        {
            var reference = await referenceCache.GetAsync(ct);
            var summary = await new ImportRun(db, reference, validator, options.Value, time).RunAsync(batch, access.UserName, progress, ct);
            File.Delete(batch.StoredPath);
            if (summary.State == ImportBatchState.Committed)
            {
                await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "ImportBatch", [$"ImportBatch/{batch.Id}"],
                    Detail: $"import {batch.Source}: {summary.RecordsImported} incidents, {summary.PersonsImported} persons, {summary.RowsSkipped} rows skipped, {summary.RowsQuarantined} quarantined, {summary.RecordsUpdated} updated"), ct);
                // After the commit, not inside it: a crash here loses hits, never records (the next edit or a re-check finds them).
                await stolenCheck.AfterImportAsync(batch.Id, ct);
                if (summary.RecordsUpdated > 0)
                {
                    // Each changed incident is named: its history must show that a file, not a person, changed it.
                    await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Incident",
                        [$"ImportBatch/{batch.Id}", .. summary.UpdatedIncidents!.Select(id => $"Incident/{id}")], Detail: $"update from import batch {batch.Id}"), ct);
                }
            }

            return summary.State == ImportBatchState.Failed
                ? new ImportResult<ImportSummary>(summary, new ImportProblem(ImportProblemKind.RowsRefused, $"{batch.FileName}: {summary.Message}"))
                : ImportResult<ImportSummary>.Ok(summary);
        }
        catch (OperationCanceledException)
        {
            await SetStateAsync(batch, ImportBatchState.Staged, "Cancelled; nothing was imported. The batch can be committed again or discarded.");
            return ImportResult<ImportSummary>.Fail(ImportProblemKind.Cancelled, $"{batch.FileName}: import cancelled; the registry is unchanged.");
        }
        catch (ImportFileException e)
        {
            await SetStateAsync(batch, ImportBatchState.Failed, e.Message);
            File.Delete(batch.StoredPath);
            return ImportResult<ImportSummary>.Fail(ImportProblemKind.BadFile, e.Message);
        }
    }

    private async Task SetStateAsync(ImportBatch batch, ImportBatchState state, string message)
    {
        db.ChangeTracker.Clear();
        await db.ImportBatches.Where(b => b.Id == batch.Id).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.State, state).SetProperty(b => b.Message, message), CancellationToken.None);
    }
}

/// <summary>A batch is reached by the user who staged it, or by an unrestricted operator; others get "not found".</summary>
internal static class ImportAccess
{
    public static async Task<ImportBatch?> FindAsync(FocalPointDbContext db, UserAccess access, long batchId, CancellationToken ct)
    {
        if (!access.EditsRegistry)
        {
            return null;
        }

        var batch = await db.ImportBatches.FirstOrDefaultAsync(b => b.Id == batchId, ct);
        return batch is not null && (access.Unrestricted || batch.CreatedBy == access.UserName) ? batch : null;
    }
}
