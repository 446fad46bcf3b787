using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Retention;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.DataProtection;

/// <summary>
/// Erases a person: the record (names, date of birth, numbers), its incident roles, its links and the notes and
/// retention decisions about it go in one transaction; nothing personal stays behind, not even a tombstone. The
/// audit entry names only the record id and the justification. Incidents stay: they belong to other subjects too.
/// </summary>
public sealed class ErasePerson(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, Import.ErasedPersonTraces importTraces)
{
    public async Task<CommandResult<long>> HandleAsync(long personId, string? justification, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!await DataProtectionAccess.CanReachPersonAsync(db, access, personId, cancellationToken))
        {
            return CommandResult<long>.Missing();
        }

        var errors = Justifications.Check(justification, RetentionReview.MaxJustificationLength);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        // Read before it goes: the import area is searched for the same person (quarantined rows, staged files).
        var erased = await db.Persons.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new Import.ErasedPerson(p.GivenName, p.FamilyName, p.DateOfBirth, p.PersonalNumber)).FirstAsync(cancellationToken);
        var quarantined = 0;

        // The execution strategy may retry the whole unit on a transient failure; every step is idempotent.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Notes.Where(n => n.SubjectKind == EntityKind.Person && n.SubjectId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.RetentionReviews.Where(r => r.SubjectKind == EntityKind.Person && r.SubjectId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.Links.Where(l => (l.FromKind == EntityKind.Person && l.FromId == personId) || (l.ToKind == EntityKind.Person && l.ToId == personId))
                .ExecuteDeleteAsync(cancellationToken);
            // Resolution keeps the record's membership, queued pairs (whose explanation holds its normalised name) and labels.
            // The entity itself stays (its history has ids only) and keeps the person's other records.
            await db.EntityMemberships.Where(m => m.Kind == ResolvedKind.Person && m.RecordId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.ReviewPairs.Where(p => p.Kind == ResolvedKind.Person && (p.LeftRecordId == personId || p.RightRecordId == personId)).ExecuteDeleteAsync(cancellationToken);
            await db.MatchLabels.Where(l => l.Kind == ResolvedKind.Person && (l.LeftRecordId == personId || l.RightRecordId == personId)).ExecuteDeleteAsync(cancellationToken);
            await db.IncidentPersons.Where(ip => ip.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.Persons.Where(p => p.Id == personId).ExecuteDeleteAsync(cancellationToken);
            quarantined = await importTraces.RemoveQuarantinedAsync(erased, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        var discarded = await importTraces.DiscardStagedAsync(erased, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Erase, "Person", [$"Person/{personId}", .. discarded.Select(b => $"ImportBatch/{b}")], justification!.Trim(),
            Detail: quarantined + discarded.Count == 0 ? null : $"also {quarantined} quarantined row(s) and {discarded.Count} staged file(s) naming the person"), cancellationToken);
        return CommandResult<long>.Ok(personId);
    }
}
