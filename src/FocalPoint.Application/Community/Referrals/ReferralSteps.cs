using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>
/// The steps after the referral: screening, consent, assessment, panel, support, review and exit. Each checks the
/// seal, the stage and its input, changes nothing on a refusal, moves the stage (leaving a history row) and is audited.
/// </summary>
public sealed class ReferralSteps(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, IOptions<ReferralOptions> options, TimeProvider time)
{
    private static readonly ReferralStage[] Open = [ReferralStage.Assessment, ReferralStage.Panel, ReferralStage.Support];

    public Task<CommandResult<long>> ScreenAsync(long id, ScreeningInput input, CancellationToken ct = default) =>
        StepAsync(id, "screening", [ReferralStage.AwaitingScreening], (r, e, today) =>
        {
            ReferralRules.Choice(e, nameof(input.Outcome), input.Outcome);
            TextRules.Check(e, nameof(input.SignpostedTo), input.SignpostedTo, Referral.MaxAgencyLength, required: false);
            if (input.Outcome == ScreeningOutcome.Signposted && string.IsNullOrWhiteSpace(input.SignpostedTo))
            {
                e.Add(nameof(input.SignpostedTo), ReferralMessages.SignpostWhere);
            }

            return e.IsEmpty ? () =>
            {
                r.Screening = input.Outcome;
                r.SignpostedTo = input.Outcome == ScreeningOutcome.Signposted ? input.SignpostedTo!.Trim() : null;
                if (input.Outcome == ScreeningOutcome.Accepted)
                {
                    return Move(r, ReferralStage.Assessment, today.AddDays(options.Value.ReviewEveryDays));
                }

                return Exit(r, input.Outcome == ScreeningOutcome.Signposted ? ExitReason.Signposted : ExitReason.NotAppropriate, today, null);
            } : null;
        }, ct);

    public Task<CommandResult<long>> ConsentAsync(long id, ConsentInput input, CancellationToken ct = default) =>
        StepAsync(id, "consent", [ReferralStage.Assessment], (r, e, today) =>
        {
            ReferralRules.Choice(e, nameof(input.Status), input.Status);
            TextRules.Check(e, nameof(input.LegalBasis), input.LegalBasis, Referral.MaxAgencyLength, required: true);
            ReferralRules.Date(e, nameof(input.On), input.On, today);
            if (r.SubjectAge < 18 && input.Status == ConsentStatus.Given)
            {
                e.Add(nameof(input.Status), ReferralMessages.GuardianForMinor);
            }
            else if (r.SubjectAge >= 18 && input.Status == ConsentStatus.GivenByGuardian)
            {
                e.Add(nameof(input.Status), ReferralMessages.GuardianOnlyMinor);
            }

            return e.IsEmpty ? () =>
            {
                (r.Consent, r.ConsentLegalBasis, r.ConsentOn) = (input.Status, input.LegalBasis!.Trim(), input.On);
                return input.Status == ConsentStatus.Refused ? Exit(r, ExitReason.ConsentRefused, today, null) : null;
            } : null;
        }, ct);

    public Task<CommandResult<long>> AssessAsync(long id, AssessmentInput input, CancellationToken ct = default) =>
        StepAsync(id, "assessment", Open, (r, e, today) =>
        {
            ReferralRules.Choice(e, nameof(input.Engagement), input.Engagement);
            ReferralRules.Choice(e, nameof(input.Intent), input.Intent);
            ReferralRules.Choice(e, nameof(input.Capability), input.Capability);
            TextRules.Check(e, nameof(input.Assessor), input.Assessor, Referral.MaxAgencyLength, required: true);
            ReferralRules.Date(e, nameof(input.AssessedOn), input.AssessedOn, today);
            if (r.Consent is not (ConsentStatus.Given or ConsentStatus.GivenByGuardian))
            {
                e.Add(nameof(input.Engagement), ReferralMessages.NeedsConsent);
            }

            return e.IsEmpty ? () =>
            {
                r.Assessments.Add(new ReferralAssessment
                {
                    Engagement = input.Engagement!.Value, Intent = input.Intent!.Value, Capability = input.Capability!.Value,
                    Assessor = input.Assessor!.Trim(), AssessedOn = input.AssessedOn!.Value,
                });
                return r.Stage == ReferralStage.Assessment ? Move(r, ReferralStage.Panel, r.ReviewDueOn) : null;
            } : null;
        }, ct);

    public Task<CommandResult<long>> PanelAsync(long id, PanelInput input, CancellationToken ct = default) =>
        StepAsync(id, "panel", [ReferralStage.Panel, ReferralStage.Support], (r, e, today) =>
        {
            ReferralRules.Date(e, nameof(input.HeldOn), input.HeldOn, today);
            TextRules.Check(e, nameof(input.Attendees), input.Attendees, 1000, required: true);
            TextRules.Check(e, nameof(input.Decision), input.Decision, 2000, required: true, multiline: true);
            return e.IsEmpty ? () =>
            {
                r.PanelMeetings.Add(new ReferralPanelMeeting { HeldOn = input.HeldOn!.Value, Attendees = input.Attendees!.Trim(), Decision = input.Decision!.Trim() });
                return r.Stage == ReferralStage.Panel ? Move(r, ReferralStage.Support, today.AddDays(options.Value.ReviewEveryDays)) : null;
            } : null;
        }, ct);

    public Task<CommandResult<long>> SupportAsync(long id, SupportInput input, CancellationToken ct = default) =>
        StepAsync(id, "support item", [ReferralStage.Support], (r, e, today) =>
        {
            TextRules.Check(e, nameof(input.Provider), input.Provider, Referral.MaxAgencyLength, required: true);
            ReferralRules.Choice(e, nameof(input.Type), input.Type);
            ReferralRules.Date(e, nameof(input.StartedOn), input.StartedOn, today);
            return e.IsEmpty ? () =>
            {
                r.SupportItems.Add(new ReferralSupportItem { Provider = input.Provider!.Trim(), Type = input.Type!.Value, StartedOn = input.StartedOn!.Value });
                return null;
            } : null;
        }, ct);

    public Task<CommandResult<long>> ReviewAsync(long id, ReviewInput input, CancellationToken ct = default) =>
        StepAsync(id, "review", Open, (r, e, today) =>
        {
            ReferralRules.Date(e, nameof(input.ReviewedOn), input.ReviewedOn, today);
            TextRules.Check(e, nameof(input.Summary), input.Summary, 2000, required: true, multiline: true);
            return e.IsEmpty ? () =>
            {
                r.Reviews.Add(new ReferralReview { ReviewedOn = input.ReviewedOn!.Value, Summary = input.Summary!.Trim() });
                r.ReviewDueOn = input.ReviewedOn!.Value.AddDays(options.Value.ReviewEveryDays);
                return null;
            } : null;
        }, ct);

    public Task<CommandResult<long>> ExitAsync(long id, ExitInput input, CancellationToken ct = default) =>
        StepAsync(id, "exit", Open, (r, e, today) =>
        {
            ReferralRules.Choice(e, nameof(input.Reason), input.Reason);
            if (input.Reason is ExitReason.NotAppropriate or ExitReason.Signposted)
            {
                e.Add(nameof(input.Reason), ReferralMessages.NotAnExitReason);
            }

            ReferralRules.Date(e, nameof(input.On), input.On, today);
            if (input.FollowUpOn is { } f && input.On is { } on && f <= on)
            {
                e.Add(nameof(input.FollowUpOn), ReferralMessages.FollowUpAfterExit);
            }

            return e.IsEmpty ? () => Exit(r, input.Reason!.Value, input.On!.Value, input.FollowUpOn) : null;
        }, ct);

    /// <summary>
    /// Loads the referral through the seal, checks its stage and the step's input, then applies the step. The check
    /// returns the change to make (or null when refused); the change returns the stage moved to (or null).
    /// </summary>
    private async Task<CommandResult<long>> StepAsync(
        long id, string step, ReferralStage[] stages, Func<Referral, ValidationErrors, DateOnly, Func<ReferralStage?>?> check, CancellationToken ct)
    {
        var access = await accessContext.GetAsync(ct);
        if (!await ReferralSeal.AdmitsAsync(access, audit, step, id, ct))
        {
            return CommandResult<long>.Missing();
        }

        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return CommandResult<long>.Missing();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var errors = new ValidationErrors();
        if (!stages.Contains(referral.Stage))
        {
            errors.Add("Stage", ReferralMessages.WrongStage, referral.Stage);
            return CommandResult<long>.Invalid(errors);
        }

        var from = referral.Stage;
        var change = check(referral, errors, DateOnly.FromDateTime(now));
        if (change is null)
        {
            return CommandResult<long>.Invalid(errors);
        }

        if (change() is { } to)
        {
            db.ReferralHistory.Add(new ReferralStageChange { ReferralId = id, AtUtc = now, By = access.UserName, From = from, To = to });
        }

        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, ReferralSeal.RecordKind, [ReferralSeal.Id(id)], Detail: step), ct);
        return CommandResult<long>.Ok(id);
    }

    private static ReferralStage Move(Referral referral, ReferralStage to, DateOnly reviewDue)
    {
        referral.Stage = to;
        referral.ReviewDueOn = reviewDue;
        return to;
    }

    private ReferralStage Exit(Referral referral, ExitReason reason, DateOnly on, DateOnly? followUp)
    {
        var supported = referral.Stage == ReferralStage.Support;
        (referral.ExitReason, referral.ExitedOn, referral.FollowUpOn) = (reason, on, followUp);
        referral.EraseOn = on.AddDays(supported ? options.Value.SupportedRetentionDays : options.Value.ScreenedOutRetentionDays);
        return Move(referral, ReferralStage.Exited, referral.ReviewDueOn);
    }
}
