using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

public sealed record EntityHistoryRow(DateTime AtUtc, string By, EntityChange Change, long? OtherEntityId, string RecordIds, string? Justification, long? RunId);

/// <summary>A resolved entity: its source records within reach (and how many are not), and its history.</summary>
public sealed record ResolvedEntityDetails(
    long Id, ResolvedKind Kind, long? MergedIntoId, DateTime CreatedAtUtc, DateTime? UpdatedAtUtc, IReadOnlyList<RecordCard> Records, int RecordsOutOfReach,
    IReadOnlyList<EntityHistoryRow> History);

/// <summary>
/// Reads a resolved entity by its id, or the entity of one source record (for the person and firearm pages). Person
/// entities are personal data: a purpose is required and the consultation of every record shown is audited.
/// </summary>
public sealed class GetResolvedEntity(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public const int MaxRecords = 500;

    /// <summary>The kind of an entity the user may read (no personal data), so that a page knows whether to ask for a purpose.</summary>
    public async Task<ResolvedKind?> KindOfAsync(long entityId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var kind = await db.ResolvedEntities.AsNoTracking().Where(e => e.Id == entityId).Select(e => (ResolvedKind?)e.Kind).FirstOrDefaultAsync(cancellationToken);
        return kind is { } k && ResolutionAccess.MayRead(access, k) ? k : null;
    }

    public async Task<ResolvedEntityDetails?> HandleAsync(long entityId, string? purpose, CancellationToken cancellationToken = default)
    {
        var entity = await db.ResolvedEntities.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entityId, cancellationToken);
        return entity is null ? null : await ReadAsync(entity, purpose, cancellationToken);
    }

    public async Task<ResolvedEntityDetails?> ForRecordAsync(ResolvedKind kind, long recordId, string? purpose, CancellationToken cancellationToken = default)
    {
        var entity = await db.EntityMemberships.AsNoTracking().Where(m => m.Kind == kind && m.RecordId == recordId).Select(m => m.Entity).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : await ReadAsync(entity, purpose, cancellationToken);
    }

    private async Task<ResolvedEntityDetails?> ReadAsync(ResolvedEntity entity, string? purpose, CancellationToken ct)
    {
        var access = await accessContext.GetAsync(ct);
        if (!ResolutionAccess.MayRead(access, entity.Kind) || (entity.Kind == ResolvedKind.Person && string.IsNullOrWhiteSpace(purpose)))
        {
            return null;
        }

        var memberIds = await db.EntityMemberships.AsNoTracking().Where(m => m.EntityId == entity.Id).OrderBy(m => m.RecordId)
            .Select(m => m.RecordId).Take(MaxRecords).ToListAsync(ct);
        var reachable = access.Unrestricted ? memberIds
            : await ResolutionAccess.ReachableRecordIds(db, access, entity.Kind).Where(r => memberIds.Contains(r)).Distinct().ToListAsync(ct);
        if (memberIds.Count > 0 && reachable.Count == 0)
        {
            // An entity made only of records out of reach does not exist for this user.
            return null;
        }

        var cards = await RecordCards.LoadAsync(db, access, entity.Kind, reachable, ct);
        if (entity.Kind == ResolvedKind.Person)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "Person",
                [$"ResolvedEntity/{entity.Id}", .. cards.Select(c => ResolutionAccess.AuditId(entity.Kind, c.RecordId))], purpose, Detail: "resolved entity"), ct);
        }

        var history = await db.EntityHistory.AsNoTracking().Where(h => h.EntityId == entity.Id).OrderByDescending(h => h.Id).Take(200)
            .Select(h => new EntityHistoryRow(h.CreatedAtUtc, h.CreatedBy, h.Change, h.OtherEntityId, h.RecordIds, h.Justification, h.RunId))
            .ToListAsync(ct);
        return new ResolvedEntityDetails(entity.Id, entity.Kind, entity.MergedIntoId, entity.CreatedAtUtc, entity.UpdatedAtUtc, cards,
            memberIds.Count - cards.Count, history);
    }
}
