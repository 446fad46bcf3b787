using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Linkage;

/// <param name="ConfirmMerge">The reviewer has seen the merge preview: needed when accepting joins more than the pair's two records.</param>
public sealed record ReviewDecision(long PairId, bool Accept, bool ConfirmMerge = false);

/// <summary>
/// An analyst's decision on a queued pair. Accept: the pair becomes a "match" label and the two entities are merged
/// (the older id survives). Reject: a "non-match" label, which every later run obeys; if the two records had meanwhile
/// ended in one entity, the right record is split off. A pair is decided once: a second decision is a conflict.
/// </summary>
public sealed class DecideReviewPair(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time, IOptions<ResolutionOptions> options)
{
    /// <summary>The error code for an accept that would merge whole entities without the reviewer having confirmed it.</summary>
    public const string ConfirmationNeeded = "Entity_Merge_Confirm_Needed";

    public async Task<CommandResult<long?>> HandleAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var pair = await db.ReviewPairs.FirstOrDefaultAsync(p => p.Id == decision.PairId, cancellationToken);
        if (pair is null || !ResolutionAccess.MayChange(access, pair.Kind) || !await ReachableAsync(access, pair, cancellationToken))
        {
            return CommandResult<long?>.Missing();
        }

        if (pair.State != ReviewState.Pending)
        {
            return CommandResult<long?>.Conflicted();
        }

        if (decision.Accept && !decision.ConfirmMerge && await PreviewReviewMerge.NeedsConfirmationAsync(db, pair, cancellationToken))
        {
            var errors = new ValidationErrors();
            errors.Add(nameof(decision.ConfirmMerge), ConfirmationNeeded);
            return CommandResult<long?>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (pair.State, pair.DecidedBy, pair.DecidedAtUtc) = (decision.Accept ? ReviewState.Accepted : ReviewState.Rejected, access.UserName, time.GetUtcNow().UtcDateTime);
        var changes = new EntityChanges(db, time);
        await changes.LabelAsync(pair.Kind, pair.LeftRecordId, pair.RightRecordId, decision.Accept, LabelSource.Review, cancellationToken);
        var entityId = await ApplyAsync(changes, pair, decision.Accept, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MootPairs.CloseAsync(db, pair.Kind, access.UserName, time.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Combine, pair.Kind.ToString(),
            [ResolutionAccess.AuditId(pair.Kind, pair.LeftRecordId), ResolutionAccess.AuditId(pair.Kind, pair.RightRecordId), $"ReviewPair/{pair.Id}"],
            Detail: decision.Accept ? "review pair accepted" : "review pair rejected"), cancellationToken);
        return CommandResult<long?>.Ok(entityId);
    }

    private async Task<long?> ApplyAsync(EntityChanges changes, ReviewPair pair, bool accept, CancellationToken ct)
    {
        var members = await db.EntityMemberships.Where(m => m.Kind == pair.Kind && (m.RecordId == pair.LeftRecordId || m.RecordId == pair.RightRecordId))
            .ToDictionaryAsync(m => m.RecordId, m => m.EntityId, ct);
        if (!members.TryGetValue(pair.LeftRecordId, out var left) || !members.TryGetValue(pair.RightRecordId, out var right))
        {
            return null;
        }

        var why = $"Review pair {pair.Id} {(accept ? "accepted" : "rejected")}";
        if (accept && left != right)
        {
            var survivor = await db.ResolvedEntities.FirstAsync(e => e.Id == Math.Min(left, right), ct);
            var absorbed = await db.ResolvedEntities.FirstAsync(e => e.Id == Math.Max(left, right), ct);
            await changes.MergeAsync(survivor, absorbed, why, ct);
            return survivor.Id;
        }

        if (!accept && left == right)
        {
            var entity = await db.ResolvedEntities.FirstAsync(e => e.Id == left, ct);
            return (await changes.SplitAsync(entity, [pair.RightRecordId], why, options.Value.MaxSplitLabels, ct)).Id;
        }

        return accept ? left : right;
    }

    private async Task<bool> ReachableAsync(UserAccess access, ReviewPair pair, CancellationToken ct) =>
        access.Unrestricted || await ResolutionAccess.ReachableRecordIds(db, access, pair.Kind)
            .Where(r => r == pair.LeftRecordId || r == pair.RightRecordId).Distinct().CountAsync(ct) == 2;
}
