using FocalPoint.Data.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// Appends batches to the chain, one transaction each, and writes anchors. Used by the single writer loop only,
/// so its fields need no locking. On PostgreSQL several nodes append to one chain: a transaction-level advisory
/// lock serialises them and the tail is read again under it; SQLite has one process, so the tail is kept.
/// </summary>
internal sealed partial class AuditAppender(
    IServiceScopeFactory scopes, AuditOptions options, AuditAnchorKey key, TimeProvider time, ILogger logger)
{
    /// <summary>Arbitrary but fixed: every node must take the same advisory lock.</summary>
    private const string AppendLockSql = "SELECT pg_advisory_xact_lock(19780514201804)";

    private (long Sequence, string Hash)? tail;
    private long anchoredUpTo = -1;
    private DateTime lastAnchorAt = DateTime.MinValue;

    public async Task AppendAsync(IReadOnlyList<AuditDraft> drafts, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var current = await LockAndReadTailAsync(db, cancellationToken);

            var entries = new List<AuditEntry>(drafts.Count);
            var (sequence, hash) = current;
            foreach (var draft in drafts)
            {
                var entry = draft.ToEntry(++sequence, hash);
                hash = entry.Hash;
                entries.Add(entry);
            }

            await BulkWriter.InsertAsync(db, entries, cancellationToken);
            var anchor = AnchorDue(current.Sequence, sequence) ? NewAnchor(sequence, hash) : null;
            if (anchor is not null)
            {
                db.AuditAnchors.Add(anchor);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            tail = (sequence, hash);
            Anchored(anchor);
        }
        catch
        {
            // The outcome of a failed commit is unknown: read the tail again before the next batch.
            tail = null;
            throw;
        }
    }

    /// <summary>Anchors the chain's end unless it already is; at shutdown and when the system has been quiet.</summary>
    public async Task AnchorTailAsync(CancellationToken cancellationToken)
    {
        if (tail is { } known && known.Sequence == anchoredUpTo)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (sequence, hash) = await LockAndReadTailAsync(db, cancellationToken);
        var lastAnchor = await db.AuditAnchors.MaxAsync(a => (long?)a.Sequence, cancellationToken) ?? 0;
        AuditAnchor? anchor = null;
        if (sequence > lastAnchor)
        {
            anchor = NewAnchor(sequence, hash);
            db.AuditAnchors.Add(anchor);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        tail = (sequence, hash);
        anchoredUpTo = sequence;
        Anchored(anchor);
    }

    public bool TailNeedsAnchor => tail is { } known && known.Sequence != anchoredUpTo
        && time.GetUtcNow().UtcDateTime - lastAnchorAt >= options.AnchorInterval;

    private async Task<(long Sequence, string Hash)> LockAndReadTailAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(AppendLockSql, cancellationToken);
        }
        else if (tail is { } known)
        {
            return known;
        }

        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return last is null ? (0, AuditHash.Genesis) : (last.Sequence, last.Hash);
    }

    private bool AnchorDue(long before, long after) =>
        after / options.AnchorEvery > before / options.AnchorEvery
        || time.GetUtcNow().UtcDateTime - lastAnchorAt >= options.AnchorInterval;

    private AuditAnchor NewAnchor(long sequence, string hash)
    {
        var at = AuditHash.ToStoredPrecision(time.GetUtcNow());
        return new AuditAnchor { Sequence = sequence, Hash = hash, AtUtc = at, Mac = AuditHash.AnchorMac(key.Bytes, sequence, hash, at) };
    }

    private void Anchored(AuditAnchor? anchor)
    {
        if (anchor is null)
        {
            return;
        }

        anchoredUpTo = anchor.Sequence;
        lastAnchorAt = anchor.AtUtc;
        // The log line is a copy of the anchor outside the database, for whoever keeps the logs.
        LogAnchor(logger, anchor.Sequence, anchor.Hash, anchor.Mac);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit anchor at sequence {Sequence}: hash {Hash}, mac {Mac}")]
    private static partial void LogAnchor(ILogger logger, long sequence, string hash, string mac);
}
