using FocalPoint.Data;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// Closes pending pairs that a decision, a merge or a run has already settled: both records now belong to one entity,
/// so asking a reviewer again would only invite a contradictory answer. Runs inside the caller's transaction.
/// </summary>
internal static class MootPairs
{
    public static async Task<int> CloseAsync(FocalPointDbContext db, ResolvedKind kind, string closedBy, DateTime nowUtc, CancellationToken ct)
    {
        var members = db.EntityMemberships.Where(m => m.Kind == kind);
        var moot = await db.ReviewPairs
            .Where(p => p.Kind == kind && p.State == ReviewState.Pending)
            .Join(members, p => p.LeftRecordId, m => m.RecordId, (p, left) => new { p.Id, p.RightRecordId, Left = left.EntityId })
            .Join(members, p => p.RightRecordId, m => m.RecordId, (p, right) => new { p.Id, p.Left, Right = right.EntityId })
            .Where(p => p.Left == p.Right)
            .Select(p => p.Id)
            .ToListAsync(ct);
        if (moot.Count == 0)
        {
            return 0;
        }

        // Tracked pairs would be overwritten by a later SaveChanges of the caller: update the tracked copies too.
        foreach (var tracked in db.ChangeTracker.Entries<ReviewPair>().Where(e => moot.Contains(e.Entity.Id)))
        {
            (tracked.Entity.State, tracked.Entity.ClosedReason, tracked.Entity.DecidedBy, tracked.Entity.DecidedAtUtc) =
                (ReviewState.Closed, ReviewClosure.SameEntity, closedBy, nowUtc);
        }

        foreach (var chunk in moot.Chunk(500))
        {
            await db.ReviewPairs.Where(p => chunk.Contains(p.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(p => p.State, ReviewState.Closed)
                .SetProperty(p => p.ClosedReason, ReviewClosure.SameEntity)
                .SetProperty(p => p.DecidedBy, closedBy)
                .SetProperty(p => p.DecidedAtUtc, nowUtc), ct);
        }

        return moot.Count;
    }
}
