using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Infrastructure.Plans;

/// <summary>
/// Work on an operator's security plan. Changes go to the version in the works: the first change after an approval
/// starts a draft copied from the approved plan, which stays in force until the ministry approves the new one (it is
/// then superseded). The operator also confirms that the graduated measures of the level now in force are applied.
/// </summary>
public sealed class EditSecurityPlan(FocalPointDbContext db, OperatorReach reach, IAccessContext accessContext, TimeProvider time)
{
    public Task<CommandResult<bool>> AddMeasureAsync(long operatorId, string? text, ThreatLevel? fromLevel, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(operatorId, (plan, errors) =>
        {
            TextRules.Check(errors, "Measure", text?.Trim(), PlanMeasure.MaxTextLength, required: true);
            plan.Measures.Add(new PlanMeasure { Text = text?.Trim() ?? "", FromLevel = fromLevel });
        }, cancellationToken);

    public Task<CommandResult<bool>> AddRiskAsync(long operatorId, string? scenario, string? vulnerabilities, RiskRating impact, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(operatorId, (plan, errors) =>
        {
            TextRules.Check(errors, "Scenario", scenario?.Trim(), PlanRisk.MaxTextLength, required: true);
            TextRules.Check(errors, "Vulnerabilities", vulnerabilities?.Trim(), PlanRisk.MaxTextLength, required: true);
            plan.Risks.Add(new PlanRisk { Scenario = scenario?.Trim() ?? "", Vulnerabilities = vulnerabilities?.Trim() ?? "", Impact = impact });
        }, cancellationToken);

    public Task<CommandResult<bool>> SetReviewDueAsync(long operatorId, DateOnly reviewDue, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(operatorId, (plan, errors) =>
        {
            var today = Today;
            if (reviewDue <= today || reviewDue > today.AddYears(5))
            {
                errors.Add("ReviewDue", InfrastructureMessages.ReviewInPast);
            }

            plan.ReviewDue = reviewDue;
        }, cancellationToken);

    /// <summary>Sends the draft to the ministry for approval.</summary>
    public async Task<CommandResult<bool>> SubmitAsync(long operatorId, CancellationToken cancellationToken = default)
    {
        if (!await reach.ReachesAsync(operatorId, cancellationToken))
        {
            return CommandResult<bool>.Missing();
        }

        var draft = await db.SecurityPlans.Include(p => p.Measures).Include(p => p.Risks)
            .FirstOrDefaultAsync(p => p.OperatorId == operatorId && p.Status == PlanStatus.Draft, cancellationToken);
        var errors = new ValidationErrors();
        if (draft is null)
        {
            errors.Add("Plan", InfrastructureMessages.NothingToSubmit);
        }
        else if (draft.Measures.Count == 0 || draft.Risks.Count == 0)
        {
            errors.Add("Plan", InfrastructureMessages.PlanWithoutMeasures);
        }
        else if (draft.ReviewDue <= Today)
        {
            errors.Add("ReviewDue", InfrastructureMessages.ReviewInPast);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<bool>.Invalid(errors);
        }

        draft!.Status = PlanStatus.Submitted;
        draft.SubmittedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>The ministry approves a submitted version; the version approved before is superseded.</summary>
    public async Task<CommandResult<bool>> ApproveAsync(long operatorId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.InfrastructureOversight))
        {
            return CommandResult<bool>.Missing();
        }

        var plans = await db.SecurityPlans.Where(p => p.OperatorId == operatorId && (p.Status == PlanStatus.Submitted || p.Status == PlanStatus.Approved)).ToListAsync(cancellationToken);
        var submitted = plans.FirstOrDefault(p => p.Status == PlanStatus.Submitted);
        if (submitted is null)
        {
            var errors = new ValidationErrors();
            errors.Add("Plan", InfrastructureMessages.NotSubmitted);
            return CommandResult<bool>.Invalid(errors);
        }

        foreach (var old in plans.Where(p => p.Status == PlanStatus.Approved))
        {
            // What the operator confirmed stays confirmed: the new version's measures are its plan for the same levels.
            old.Status = PlanStatus.Superseded;
            (submitted.AppliedLevel, submitted.AppliedAtUtc) = (old.AppliedLevel, old.AppliedAtUtc);
        }

        submitted.Status = PlanStatus.Approved;
        submitted.ApprovedAtUtc = time.GetUtcNow().UtcDateTime;
        submitted.ApprovedBy = access.UserName;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>The operator confirms that the measures of its sector's level now are applied (on the plan in force).</summary>
    public async Task<CommandResult<bool>> ConfirmAppliedAsync(long operatorId, CancellationToken cancellationToken = default)
    {
        var op = await (await reach.OperatorsAsync(cancellationToken)).FirstOrDefaultAsync(o => o.Id == operatorId, cancellationToken);
        var approved = op is null ? null : await db.SecurityPlans.FirstOrDefaultAsync(p => p.OperatorId == operatorId && p.Status == PlanStatus.Approved, cancellationToken);
        if (approved is null)
        {
            return CommandResult<bool>.Missing();
        }

        approved.AppliedLevel = (await CurrentThreatLevels.ReadAsync(db, cancellationToken)).Level(op!.Sector);
        approved.AppliedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task<CommandResult<bool>> ChangeDraftAsync(long operatorId, Action<SecurityPlan, ValidationErrors> change, CancellationToken cancellationToken)
    {
        if (!await reach.ReachesAsync(operatorId, cancellationToken))
        {
            return CommandResult<bool>.Missing();
        }

        var draft = await DraftAsync(operatorId, cancellationToken);
        var errors = new ValidationErrors();
        change(draft, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<bool>.Invalid(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }

    /// <summary>The draft, or a new one copied from the latest version (a submitted version returns to draft when changed).</summary>
    private async Task<SecurityPlan> DraftAsync(long operatorId, CancellationToken cancellationToken)
    {
        var plans = await db.SecurityPlans.Include(p => p.Measures).Include(p => p.Risks).Where(p => p.OperatorId == operatorId)
            .OrderByDescending(p => p.Number).AsSplitQuery().ToListAsync(cancellationToken);
        if (plans.FirstOrDefault(p => p.Status is PlanStatus.Draft or PlanStatus.Submitted) is { } pending)
        {
            pending.Status = PlanStatus.Draft;
            pending.SubmittedAtUtc = null;
            return pending;
        }

        var latest = plans.FirstOrDefault();
        var draft = new SecurityPlan
        {
            OperatorId = operatorId, Number = (latest?.Number ?? 0) + 1, Status = PlanStatus.Draft, ReviewDue = latest?.ReviewDue ?? Today.AddYears(1),
            AppliedLevel = latest?.AppliedLevel ?? ThreatLevel.Low, AppliedAtUtc = latest?.AppliedAtUtc,
            Risks = [.. latest?.Risks.Select(r => new PlanRisk { Scenario = r.Scenario, Vulnerabilities = r.Vulnerabilities, Impact = r.Impact }) ?? []],
            Measures = [.. latest?.Measures.Select(m => new PlanMeasure { Text = m.Text, FromLevel = m.FromLevel }) ?? []],
        };
        db.SecurityPlans.Add(draft);
        return draft;
    }
}
