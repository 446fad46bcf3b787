using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

/// <summary>Recording MCSC meetings: agenda and minutes, attendance, decisions tied to action-plan items.</summary>
public sealed class CouncilMeetings(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public const int MaxMinutesLength = 8000;

    public async Task<CommandResult<long>> CreateAsync(MeetingInput input, CancellationToken cancellationToken = default)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        SafetyRules.Municipality(errors, input.MunicipalityId, (await db.Municipalities.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet());
        SafetyRules.Required(errors, nameof(input.HeldOn), input.HeldOn);
        TextRules.Check(errors, nameof(input.Agenda), input.Agenda, SafetyAudit.MaxTextLength, required: true, multiline: true);
        TextRules.Check(errors, nameof(input.Minutes), input.Minutes, MaxMinutesLength, multiline: true);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var meeting = new CouncilMeeting { MunicipalityId = input.MunicipalityId!.Value, HeldOn = input.HeldOn!.Value, Agenda = input.Agenda!.Trim(), Minutes = input.Minutes?.Trim() ?? "" };
        db.CouncilMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.MeetingChangedAsync(audit, meeting.Id, "meeting recorded", cancellationToken, AuditAction.Collect);
        return CommandResult<long>.Ok(meeting.Id);
    }

    /// <summary>Minutes are written after the meeting: they cannot be dated before it.</summary>
    public async Task<CommandResult<long>> MinutesAsync(long meetingId, string? minutes, CancellationToken cancellationToken = default)
    {
        var meeting = await FindAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, "Minutes", minutes, MaxMinutesLength, required: true, multiline: true);
        if (meeting.HeldOn > DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime)))
        {
            errors.Add("Minutes", SafetyMessages.MinutesBeforeMeeting);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        meeting.Minutes = minutes!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.MeetingChangedAsync(audit, meetingId, "minutes", cancellationToken);
        return CommandResult<long>.Ok(meetingId);
    }

    public async Task<CommandResult<long>> AttendeeAsync(long meetingId, AttendeeInput input, CancellationToken cancellationToken = default)
    {
        var meeting = await FindAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Represents), input.Represents, SafetyAudit.MaxTitleLength, required: true);
        if (!Enum.IsDefined(input.Sex) || !Enum.IsDefined(input.AgeBand) || !Enum.IsDefined(input.Community))
        {
            errors.Add(nameof(input.Sex), Messages.UnknownValue, "Sex, AgeBand, Community");
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var attendee = new MeetingAttendee { MeetingId = meetingId, Represents = input.Represents!.Trim(), Sex = input.Sex, AgeBand = input.AgeBand, Community = input.Community };
        db.MeetingAttendees.Add(attendee);
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.MeetingChangedAsync(audit, meetingId, "attendee", cancellationToken);
        return CommandResult<long>.Ok(attendee.Id);
    }

    /// <summary>A decision; the action item it concerns must belong to an audit of the same municipality.</summary>
    public async Task<CommandResult<long>> DecisionAsync(long meetingId, DecisionInput input, CancellationToken cancellationToken = default)
    {
        var meeting = await FindAsync(meetingId, cancellationToken);
        if (meeting is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Text), input.Text, SafetyAudit.MaxTextLength, required: true, multiline: true);
        if (input.ActionItemId is { } item && !await (
                from i in db.ActionItems join a in db.SafetyAudits on i.AuditId equals a.Id
                where i.Id == item && a.MunicipalityId == meeting.MunicipalityId select i.Id).AnyAsync(cancellationToken))
        {
            errors.Add(nameof(input.ActionItemId), SafetyMessages.NotInThisAudit);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var decision = new MeetingDecision { MeetingId = meetingId, Text = input.Text!.Trim(), ActionItemId = input.ActionItemId };
        db.MeetingDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.MeetingChangedAsync(audit, meetingId, "decision", cancellationToken);
        return CommandResult<long>.Ok(decision.Id);
    }

    private async Task<CouncilMeeting?> FindAsync(long meetingId, CancellationToken cancellationToken) =>
        SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken))
            ? await db.CouncilMeetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            : null;
}
