using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>The officer's outcome of a hit; a hit not checked needs the reason.</summary>
public sealed record HitOutcomeInput(long HitId, HitOutcome Outcome, string? Note);

/// <summary>Records what the officer did with a hit, once; the profiles' precision counts it from then on.</summary>
public sealed class RecordHitOutcome(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<long>> HandleAsync(HitOutcomeInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.BorderScreening)) return CommandResult<long>.Missing();
        var hit = await db.ScreeningHits.SingleOrDefaultAsync(h => h.Id == input.HitId, cancellationToken);
        if (hit is null) return CommandResult<long>.Missing();

        var errors = new ValidationErrors();
        if (hit.Outcome != HitOutcome.Pending) errors.Add(nameof(input.Outcome), RiskMessages.OutcomeRecorded);
        else if (input.Outcome is HitOutcome.Pending || !Enum.IsDefined(input.Outcome)) errors.Add(nameof(input.Outcome), Messages.Required);
        else if (input.Outcome == HitOutcome.NotChecked && string.IsNullOrWhiteSpace(input.Note)) errors.Add(nameof(input.Note), RiskMessages.NotCheckedWhy);
        TextRules.Check(errors, nameof(input.Note), input.Note, 1000, required: false, multiline: true);
        if (!errors.IsEmpty) return CommandResult<long>.Invalid(errors);

        hit.Outcome = input.Outcome;
        hit.OutcomeNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        hit.OutcomeBy = access.UserName;
        hit.OutcomeAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "ScreeningHit", [$"ScreeningHit/{hit.Id}"], Detail: $"outcome {input.Outcome}"), cancellationToken);
        return CommandResult<long>.Ok(hit.Id);
    }
}
