using FocalPoint.Application.Common;
using FocalPoint.Application.Notifications;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Notes;
using FocalPoint.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

public sealed record JournalInput(NoteKind Kind, SourceReliability SourceReliability, InformationAccuracy InformationAccuracy, string? Text);

/// <summary>
/// Writes a journal note: a fact or an assessment with the 4x4 evaluation; notes are kept as written. A note is free
/// text about people under investigation, so it is encrypted at rest like a narrative and its writing is audited as a
/// collection (the text itself never goes into the log).
/// </summary>
public sealed class AddJournalEntry(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, Notify notify)
{
    public async Task<CommandResult<long>> HandleAsync(long caseId, JournalInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is not { } @case)
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Text), input.Text, CaseJournalEntry.MaxTextLength, required: true, multiline: true);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(input.Kind), Messages.NoteKind);
        }

        if (!Enum.IsDefined(input.SourceReliability) || !Enum.IsDefined(input.InformationAccuracy))
        {
            errors.Add(nameof(input.SourceReliability), Messages.CaseEvaluation);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var entry = new CaseJournalEntry
        {
            CaseId = caseId, Kind = input.Kind, SourceReliability = input.SourceReliability, InformationAccuracy = input.InformationAccuracy, Text = input.Text!.Trim(),
        };
        db.CaseJournal.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent(AuditAction.Collect, "Case", [$"Case/{caseId}", $"CaseJournal/{entry.Id}"], Detail: $"journal {input.Kind} note"), cancellationToken);
        await TellMentionedAsync(@case, entry.Text, cancellationToken);
        return CommandResult<long>.Ok(entry.Id);
    }

    /// <summary>
    /// "@name" tells a member of the case's team (owner included); a name outside the team is ignored, so mentioning
    /// someone never discloses the case to them.
    /// </summary>
    private async Task TellMentionedAsync(Case @case, string text, CancellationToken ct)
    {
        var mentioned = Mentions.In(text);
        if (mentioned.Count == 0)
        {
            return;
        }

        var team = await db.CaseMembers.Where(m => m.CaseId == @case.Id).Select(m => m.UserName).ToListAsync(ct);
        var told = team.Append(@case.Owner).Distinct(StringComparer.Ordinal).Where(mentioned.Contains);
        await notify.HandleAsync(told.Select(u => new NotificationDraft(u, NotificationKind.Mentioned, NotificationTarget.Case, @case.Id, @case.Reference)), ct);
    }
}
