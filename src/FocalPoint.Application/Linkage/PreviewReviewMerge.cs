using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

/// <summary>One identifying field whose values disagree between the two entities an accept would merge.</summary>
/// <param name="Label">The field's resource key (e.g. Date_Of_Birth).</param>
public sealed record MergeConflict(string Label, IReadOnlyList<string> LeftValues, IReadOnlyList<string> RightValues);

/// <summary>What accepting a pair would merge: the two entities, their sizes, and the identifying fields that disagree.</summary>
public sealed record MergePreview(long LeftEntityId, int LeftMembers, long RightEntityId, int RightMembers, IReadOnlyList<MergeConflict> Conflicts)
{
    /// <summary>Accepting joins more than the two records on screen: the reviewer must see and confirm the whole merge.</summary>
    public bool NeedsConfirmation => LeftMembers + RightMembers > 2;
}

/// <summary>
/// Before an accept merges two whole entities, shows what would be joined. Reading the other members' identifying fields
/// is a consultation of those records (purpose asked, audited); only members within the user's reach are read.
/// </summary>
public sealed class PreviewReviewMerge(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    private const int MaxMembersRead = 200;

    private static readonly Dictionary<ResolvedKind, string[]> IdentifyingFields = new()
    {
        [ResolvedKind.Person] = ["Date_Of_Birth", "Sex", "Personal_Number"],
        [ResolvedKind.Firearm] = ["Make", "Calibre", "Type", "Serial"],
    };

    /// <summary>Null when the pair is out of reach, not pending, or its records are not (both) in entities yet.</summary>
    public async Task<MergePreview?> HandleAsync(long pairId, string? purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var pair = await db.ReviewPairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pairId, cancellationToken);
        if (pair is null || pair.State != ReviewState.Pending || !ResolutionAccess.MayRead(access, pair.Kind)
            || (pair.Kind == ResolvedKind.Person && string.IsNullOrWhiteSpace(purpose)))
        {
            return null;
        }

        var sides = await SidesAsync(db, pair, cancellationToken);
        if (sides is not { } s || s.Left == s.Right)
        {
            return null;
        }

        var reachable = ResolutionAccess.ReachableRecordIds(db, access, pair.Kind);
        var members = await db.EntityMemberships.AsNoTracking()
            .Where(m => m.Kind == pair.Kind && (m.EntityId == s.Left || m.EntityId == s.Right))
            .Where(m => access.Unrestricted || reachable.Contains(m.RecordId))
            .OrderBy(m => m.RecordId).Take(MaxMembersRead * 2)
            .Select(m => new { m.RecordId, m.EntityId }).ToListAsync(cancellationToken);
        var counts = await db.EntityMemberships.AsNoTracking().Where(m => m.EntityId == s.Left || m.EntityId == s.Right)
            .GroupBy(m => m.EntityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var preview = new MergePreview(s.Left, counts.GetValueOrDefault(s.Left), s.Right, counts.GetValueOrDefault(s.Right), []);
        if (!preview.NeedsConfirmation)
        {
            return preview;
        }

        var cards = await RecordCards.LoadAsync(db, access, pair.Kind, [.. members.Select(m => m.RecordId)], cancellationToken);
        var entityOf = members.ToDictionary(m => m.RecordId, m => m.EntityId);
        if (pair.Kind == ResolvedKind.Person)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person", [.. cards.Select(c => ResolutionAccess.AuditId(c.Kind, c.RecordId)), $"ReviewPair/{pairId}"],
                purpose, Detail: "merge preview"), cancellationToken);
        }

        return preview with { Conflicts = Conflicts(pair.Kind, cards, c => entityOf[c.RecordId] == s.Left) };
    }

    /// <summary>The entities of the pair's two records, or null while either record has none.</summary>
    internal static async Task<(long Left, long Right)?> SidesAsync(FocalPointDbContext db, ReviewPair pair, CancellationToken ct)
    {
        var entities = await db.EntityMemberships.AsNoTracking()
            .Where(m => m.Kind == pair.Kind && (m.RecordId == pair.LeftRecordId || m.RecordId == pair.RightRecordId))
            .ToDictionaryAsync(m => m.RecordId, m => m.EntityId, ct);
        return entities.TryGetValue(pair.LeftRecordId, out var l) && entities.TryGetValue(pair.RightRecordId, out var r) ? (l, r) : null;
    }

    /// <summary>Whether an accept of this pair joins more records than its own two (then it must be confirmed).</summary>
    internal static async Task<bool> NeedsConfirmationAsync(FocalPointDbContext db, ReviewPair pair, CancellationToken ct)
    {
        if (await SidesAsync(db, pair, ct) is not { } s || s.Left == s.Right)
        {
            return false;
        }

        return await db.EntityMemberships.CountAsync(m => m.EntityId == s.Left || m.EntityId == s.Right, ct) > 2;
    }

    private static List<MergeConflict> Conflicts(ResolvedKind kind, List<RecordCard> cards, Func<RecordCard, bool> isLeft)
    {
        List<string> Values(string label, bool left) => [.. cards.Where(c => isLeft(c) == left)
            .Select(c => c.Fields.FirstOrDefault(f => f.Label == label)?.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v) && v != nameof(Domain.Parties.Sex.NotRecorded))
            .Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

        var conflicts = new List<MergeConflict>();
        foreach (var label in IdentifyingFields[kind])
        {
            var (left, right) = (Values(label, true), Values(label, false));
            if (left.Concat(right).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
            {
                conflicts.Add(new MergeConflict(label, left, right));
            }
        }

        return conflicts;
    }
}
