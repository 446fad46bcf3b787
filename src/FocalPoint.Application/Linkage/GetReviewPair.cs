using System.Text.Json;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Resolution;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

public sealed record ReviewPairDetails(
    long Id, ResolvedKind Kind, ReviewState State, double Probability, double MatchWeight, PairExplanation? Explanation,
    RecordCard Left, RecordCard Right, long? LeftEntityId, long? RightEntityId, string? DecidedBy, DateTime? DecidedAtUtc, DateTime QueuedAtUtc);

/// <summary>
/// One queued pair side by side with the model's explanation. Reading two person records is a consultation: it needs a
/// purpose and is audited for both records (a refusal too). Out of reach answers null.
/// </summary>
public sealed class GetReviewPair(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    /// <summary>The kind of a pair the user may read (no personal data): the page asks for a purpose only for persons.</summary>
    public async Task<ResolvedKind?> KindOfAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var kind = await db.ReviewPairs.AsNoTracking().Where(p => p.Id == id).Select(p => (ResolvedKind?)p.Kind).FirstOrDefaultAsync(cancellationToken);
        return kind is { } k && ResolutionAccess.MayRead(access, k) ? k : null;
    }

    public async Task<ReviewPairDetails?> HandleAsync(long id, string? purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var pair = await db.ReviewPairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pair is null || !ResolutionAccess.MayRead(access, pair.Kind))
        {
            return null;
        }

        var isPerson = pair.Kind == ResolvedKind.Person;
        var ids = new[] { ResolutionAccess.AuditId(pair.Kind, pair.LeftRecordId), ResolutionAccess.AuditId(pair.Kind, pair.RightRecordId), $"ReviewPair/{id}" };
        if (isPerson && string.IsNullOrWhiteSpace(purpose))
        {
            return null;
        }

        var cards = await RecordCards.LoadAsync(db, access, pair.Kind, [pair.LeftRecordId, pair.RightRecordId], cancellationToken);
        var reachable = isPerson && !access.Unrestricted
            ? await ResolutionAccess.ReachableRecordIds(db, access, pair.Kind).Where(r => r == pair.LeftRecordId || r == pair.RightRecordId).Distinct().CountAsync(cancellationToken) == 2
            : cards.Count == 2;
        if (!reachable || cards.Count != 2)
        {
            if (isPerson)
            {
                await audit.RecordAsync(new AuditEvent(AuditAction.AccessRefused, "Person", ids, purpose), cancellationToken);
            }

            return null;
        }

        if (isPerson)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", ids, purpose, Detail: "entity review"), cancellationToken);
        }

        var entities = await db.EntityMemberships.AsNoTracking().Where(m => m.Kind == pair.Kind && (m.RecordId == pair.LeftRecordId || m.RecordId == pair.RightRecordId))
            .ToDictionaryAsync(m => m.RecordId, m => m.EntityId, cancellationToken);
        return new ReviewPairDetails(
            pair.Id, pair.Kind, pair.State, pair.Probability, pair.MatchWeight, Parse(pair.ExplanationJson), cards[0], cards[1],
            entities.TryGetValue(pair.LeftRecordId, out var l) ? l : null, entities.TryGetValue(pair.RightRecordId, out var r) ? r : null,
            pair.DecidedBy, pair.DecidedAtUtc, pair.CreatedAtUtc);
    }

    private static PairExplanation? Parse(string json)
    {
        try
        {
            var explanation = JsonSerializer.Deserialize<PairExplanation>(json, ReviewQueueWriter.Json);
            return explanation?.Fields is null ? null : explanation;
        }
        catch (JsonException)
        {
            // An explanation written by an older engine that no longer parses: the pair is still reviewable without it.
            return null;
        }
    }
}
