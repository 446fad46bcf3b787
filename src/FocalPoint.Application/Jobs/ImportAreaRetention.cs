using FocalPoint.Application.DataProtection;
using FocalPoint.Application.Import;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Jobs;

/// <summary>
/// Retention of the import area (issue 19, item 5): once a batch has ended (committed, rolled back, discarded or
/// refused) and <see cref="RetentionOptions.ImportAreaDays"/> have passed, its quarantined rows are deleted and a
/// staged copy of its file left behind (a crash between commit and delete) goes too, as do stored files no batch
/// names any more. Batches still staged or committing are work in progress and are left alone. Erasure of a person
/// already reaches the import area (<see cref="ErasedPersonTraces"/>); this job is the time limit for everyone else.
/// </summary>
public sealed class ImportAreaRetention(
    FocalPointDbContext db, IAuditLog audit, IOptions<RetentionOptions> retention, IOptions<ImportOptions> import, TimeProvider time) : IJob
{
    public const string Name = "import-area-retention";

    private static readonly ImportBatchState[] Ended =
        [ImportBatchState.Committed, ImportBatchState.RolledBack, ImportBatchState.Discarded, ImportBatchState.Failed];

    public async Task<JobResult> RunAsync(LeaseHandle lease, CancellationToken cancellationToken)
    {
        var cut = time.GetUtcNow().UtcDateTime.AddDays(-retention.Value.ImportAreaDays);
        var expired = db.ImportBatches.Where(b => Ended.Contains(b.State) && (b.FinishedAtUtc ?? b.CreatedAtUtc) < cut);
        var withRows = await expired.Where(b => db.QuarantinedRows.Any(q => q.BatchId == b.Id)).Select(b => b.Id).ToListAsync(cancellationToken);
        var leftFiles = (await expired.Where(b => b.StoredPath != "").Select(b => new { b.Id, b.StoredPath }).ToListAsync(cancellationToken))
            .Where(b => File.Exists(b.StoredPath)).ToList();

        var rows = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var chunk in withRows.Chunk(500))
            {
                rows += await db.QuarantinedRows.Where(q => chunk.Contains(q.BatchId)).ExecuteDeleteAsync(cancellationToken);
            }

            // Fencing: a node that lost the lease while it worked commits nothing.
            await lease.ConfirmAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        leftFiles.ForEach(f => File.Delete(f.StoredPath));
        var orphans = await DeleteOrphanFilesAsync(cut, cancellationToken);
        var batches = withRows.Union(leftFiles.Select(f => f.Id)).Order().ToList();
        var files = leftFiles.Count + orphans;
        var detail = $"import area older than {retention.Value.ImportAreaDays} days: {rows} quarantined row(s) of {withRows.Count} batch(es), {files} staged file(s) deleted";
        if (rows + files > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Erase, "ImportBatch", [.. batches.Select(id => $"ImportBatch/{id}")], Detail: "retention: " + detail),
                cancellationToken);
        }

        return new JobResult(rows + files, detail);
    }

    /// <summary>Stored files that no batch waiting for a commit names (an upload cut off before its batch was written).</summary>
    private async Task<int> DeleteOrphanFilesAsync(DateTime cut, CancellationToken cancellationToken)
    {
        var directory = new DirectoryInfo(import.Value.StoreDirectory);
        if (!directory.Exists)
        {
            return 0;
        }

        var waiting = (await db.ImportBatches.AsNoTracking().Where(b => b.State == ImportBatchState.Staged || b.State == ImportBatchState.Committing)
            .Select(b => b.StoredPath).ToListAsync(cancellationToken)).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var orphans = directory.EnumerateFiles("*.upload").Where(f => f.LastWriteTimeUtc < cut && !waiting.Contains(f.FullName)).ToList();
        orphans.ForEach(f => f.Delete());
        return orphans.Count;
    }
}
