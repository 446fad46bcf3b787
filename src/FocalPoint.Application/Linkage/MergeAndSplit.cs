using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Linkage;

public sealed record MergeInput(long EntityId, long OtherEntityId, string? Justification);

public sealed record SplitInput(long EntityId, IReadOnlyList<long> RecordIds, string? Justification);

/// <summary>
/// Merges two entities of the same kind (the older id survives; the other becomes a pointer to it) or splits chosen
/// records off into a new entity. Both need a justification, write the history of both entities and teach the
/// model (merge: a match label; split: non-match labels). Source records are never touched.
/// </summary>
public sealed class ChangeEntities(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time, IOptions<ResolutionOptions> options)
{
    public async Task<CommandResult<long>> MergeAsync(MergeInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var first = await FindAsync(access, input.EntityId, cancellationToken);
        if (first is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = Justify(input.Justification);
        var other = await FindAsync(access, input.OtherEntityId, cancellationToken);
        if (other is null || other.Kind != first.Kind || other.Id == first.Id)
        {
            errors.Add(nameof(input.OtherEntityId), Messages.OtherEntity);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var (survivor, absorbed) = first.Id < other!.Id ? (first, other) : (other, first);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await new EntityChanges(db, time).MergeAsync(survivor, absorbed, input.Justification!.Trim(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await MootPairs.CloseAsync(db, survivor.Kind, access.UserName, time.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Combine, survivor.Kind.ToString(), [$"ResolvedEntity/{survivor.Id}", $"ResolvedEntity/{absorbed.Id}"], Detail: "entities merged"), cancellationToken);
        return CommandResult<long>.Ok(survivor.Id);
    }

    public async Task<CommandResult<long>> SplitAsync(SplitInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var entity = await FindAsync(access, input.EntityId, cancellationToken);
        if (entity is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = Justify(input.Justification);
        var members = await db.EntityMemberships.Where(m => m.EntityId == entity.Id).Select(m => m.RecordId).ToListAsync(cancellationToken);
        var chosen = (input.RecordIds ?? []).Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(r => !members.Contains(r)))
        {
            errors.Add(nameof(input.RecordIds), Messages.TickRecords);
        }
        else if (chosen.Count == members.Count)
        {
            errors.Add(nameof(input.RecordIds), Messages.OneRecordStays);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await new EntityChanges(db, time).SplitAsync(entity, chosen, input.Justification!.Trim(), options.Value.MaxSplitLabels, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, entity.Kind.ToString(),
            [$"ResolvedEntity/{entity.Id}", $"ResolvedEntity/{created.Id}", .. chosen.Select(r => ResolutionAccess.AuditId(entity.Kind, r))], Detail: "entity split"), cancellationToken);
        return CommandResult<long>.Ok(created.Id);
    }

    /// <summary>A live (not merged) entity the user may change, with at least one member within reach.</summary>
    private async Task<ResolvedEntity?> FindAsync(UserAccess access, long id, CancellationToken ct)
    {
        var entity = await db.ResolvedEntities.FirstOrDefaultAsync(e => e.Id == id && e.MergedIntoId == null, ct);
        if (entity is null || !ResolutionAccess.MayChange(access, entity.Kind))
        {
            return null;
        }

        var reachable = ResolutionAccess.ReachableRecordIds(db, access, entity.Kind);
        return access.Unrestricted || await db.EntityMemberships.AnyAsync(m => m.EntityId == id && reachable.Contains(m.RecordId), ct) ? entity : null;
    }

    private static ValidationErrors Justify(string? justification)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(MergeInput.Justification), justification, EntityHistoryEntry.MaxJustificationLength, required: true, multiline: true);
        if (errors.IsEmpty && justification!.Trim().Length < 10)
        {
            errors.Add(nameof(MergeInput.Justification), Messages.SayWhy, 10);
        }

        return errors;
    }
}
