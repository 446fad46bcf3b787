using FocalPoint.Application.Common;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Ballistics;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Ballistics;

public sealed record LeadDecision(bool Confirm, DateOnly? ComparedOn, string? Note);

/// <summary>
/// An examiner's review of a lead after comparing the marks: confirmed (a hit, which joins the scenes and the firearm
/// in the link chart at once) or refuted. Another examiner than the proposer decides, once.
/// </summary>
public sealed class DecideLead(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time, RegistrySnapshotCache snapshots, LeadNotices notices)
{
    public async Task<CommandResult<BallisticLeadState>> HandleAsync(long leadId, LeadDecision decision, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var lead = access.Holds(Capabilities.Ballistics) ? await db.BallisticLeads.FirstOrDefaultAsync(l => l.Id == leadId, ct) : null;
        if (lead is null)
        {
            return CommandResult<BallisticLeadState>.Missing();
        }

        var errors = new ValidationErrors();
        var now = time.GetUtcNow().UtcDateTime;
        var proposedOn = DateOnly.FromDateTime(lead.ProposedAtUtc);
        if (lead.State != BallisticLeadState.Lead)
        {
            errors.Add("State", BallisticsMessages.LeadDecided, lead.State);
        }
        else if (string.Equals(lead.ProposedBy, access.UserName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("State", BallisticsMessages.OwnLead);
        }

        if (decision.ComparedOn is not { } on)
        {
            errors.Add(nameof(decision.ComparedOn), Messages.Required);
        }
        else if (on < proposedOn || on > DateOnly.FromDateTime(now))
        {
            errors.Add(nameof(decision.ComparedOn), BallisticsMessages.DecidedOn, proposedOn);
        }

        TextRules.Check(errors, nameof(decision.Note), decision.Note, BallisticLead.MaxNoteLength, multiline: true);
        if (!errors.IsEmpty)
        {
            return CommandResult<BallisticLeadState>.Invalid(errors);
        }

        lead.State = decision.Confirm ? BallisticLeadState.Confirmed : BallisticLeadState.Refuted;
        (lead.DecidedBy, lead.DecidedOn, lead.DecidedAtUtc) = (access.UserName, decision.ComparedOn, now);
        lead.Note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "BallisticLead",
            [$"BallisticLead/{lead.Id}", $"BallisticExamination/{lead.ExaminationId}", $"BallisticExamination/{lead.MatchedExaminationId}"], Detail: $"ballistic lead {lead.State}"), ct);
        if (lead.State == BallisticLeadState.Confirmed)
        {
            snapshots.Invalidate();
        }

        await notices.DecidedAsync(lead, ct);
        return CommandResult<BallisticLeadState>.Ok(lead.State);
    }
}
