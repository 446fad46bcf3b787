using System.Text.Json;
using FocalPoint.Application.Common;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import;

/// <summary>A batch as lists and progress pages show it.</summary>
public sealed record ImportBatchView(
    long Id, string Source, string FileName, string? Sheet, ImportBatchState State, ImportPolicy Policy, long RowsRead, long RecordsImported,
    long RowsSkipped, long RowsQuarantined, string? Message, string CreatedBy, DateTime CreatedAtUtc, DateTime? FinishedAtUtc, long? CorrectsBatchId = null,
    int OpenQuarantine = 0);

/// <summary>One line of the error report: a quarantined (or refused) row's errors, with its original values.</summary>
public sealed record ImportErrorLine(long QuarantinedRowId, long Row, IReadOnlyList<RowError> Errors, IReadOnlyDictionary<string, string?> Values, bool Resolved);

/// <summary>Listing, reading the error report of, and discarding import batches.</summary>
public sealed class ImportBatches(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public const int MaxPageSize = 100;

    /// <summary>The user's batches (every batch for an unrestricted operator), newest first, with how many quarantined rows still wait.</summary>
    public async Task<PagedResult<ImportBatchView>> PageAsync(int page = 1, int pageSize = 25, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        (page, pageSize) = (Math.Max(1, page), Math.Clamp(pageSize, 1, MaxPageSize));
        if (!access.EditsRegistry)
        {
            return new PagedResult<ImportBatchView>([], page, pageSize, 0, false);
        }

        var mine = db.ImportBatches.AsNoTracking().Where(b => access.Unrestricted || b.CreatedBy == access.UserName);
        var total = await mine.CountAsync(ct);
        var items = await mine.OrderByDescending(b => b.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(b => new { Batch = b, Open = db.QuarantinedRows.Count(q => q.BatchId == b.Id && q.ResolvedByBatchId == null) })
            .ToListAsync(ct);
        return new PagedResult<ImportBatchView>([.. items.Select(i => View(i.Batch) with { OpenQuarantine = i.Open })], page, pageSize, total, false);
    }

    /// <summary>
    /// The rows of a batch still waiting in the quarantine, with their values and errors, for correction. They may name
    /// persons, so reading them is audited as a consultation of the batch.
    /// </summary>
    public async Task<IReadOnlyList<ImportErrorLine>?> QuarantineAsync(long batchId, CancellationToken ct = default)
    {
        if (await ImportAccess.FindAsync(db, await accessContext.GetAsync(ct), batchId, ct) is null)
        {
            return null;
        }

        var rows = await db.QuarantinedRows.AsNoTracking().Where(q => q.BatchId == batchId && q.ResolvedByBatchId == null).OrderBy(q => q.RowNumber).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "ImportBatch", [$"ImportBatch/{batchId}"], Detail: $"quarantine: {rows.Count} rows"), ct);
        return [.. rows.Select(Line)];
    }

    /// <summary>The names of the saved source profiles, for the upload form to offer.</summary>
    public async Task<IReadOnlyList<string>> ProfileNamesAsync(CancellationToken ct = default) =>
        (await accessContext.GetAsync(ct)).EditsRegistry ? await db.ImportProfiles.AsNoTracking().OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(ct) : [];

    public async Task<ImportBatchView?> GetAsync(long batchId, CancellationToken ct = default)
    {
        var batch = await ImportAccess.FindAsync(db, await accessContext.GetAsync(ct), batchId, ct);
        return batch is null ? null : View(batch);
    }

    /// <summary>The whole error report, in row order; streams, so a large one is never held at once.</summary>
    public async IAsyncEnumerable<ImportErrorLine> ErrorsAsync(long batchId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        if (await ImportAccess.FindAsync(db, await accessContext.GetAsync(ct), batchId, ct) is null)
        {
            yield break;
        }

        await foreach (var row in db.QuarantinedRows.AsNoTracking().Where(q => q.BatchId == batchId).OrderBy(q => q.RowNumber).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return Line(row);
        }
    }

    internal static ImportErrorLine Line(QuarantinedRow row) => new(row.Id, row.RowNumber, JsonSerializer.Deserialize<List<RowError>>(row.ErrorsJson) ?? [],
        JsonSerializer.Deserialize<Dictionary<string, string?>>(row.ValuesJson) ?? [], row.ResolvedByBatchId is not null);

    /// <summary>Gives up a staged, interrupted or refused batch: its stored file is deleted; the registry was never touched.</summary>
    public async Task<ImportResult<long>> DiscardAsync(long batchId, CancellationToken ct = default)
    {
        var batch = await ImportAccess.FindAsync(db, await accessContext.GetAsync(ct), batchId, ct);
        if (batch is null)
        {
            return ImportResult<long>.Fail(ImportProblemKind.NotFound, $"No import batch {batchId}.");
        }

        if (batch.State is not (ImportBatchState.Staged or ImportBatchState.Committing or ImportBatchState.Failed))
        {
            return ImportResult<long>.Fail(BatchStateProblems.For(batch, BatchStateProblems.Command.Discard));
        }

        File.Delete(batch.StoredPath);
        batch.State = ImportBatchState.Discarded;
        await db.SaveChangesAsync(ct);
        return ImportResult<long>.Ok(batchId);
    }

    private static ImportBatchView View(ImportBatch b) => new(
        b.Id, b.Source, b.FileName, b.Sheet, b.State, b.Policy, b.RowsRead, b.RecordsImported, b.RowsSkipped, b.RowsQuarantined, b.Message,
        b.CreatedBy, b.CreatedAtUtc, b.FinishedAtUtc, b.CorrectsBatchId);
}
