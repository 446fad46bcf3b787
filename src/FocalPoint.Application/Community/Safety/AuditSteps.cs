using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

/// <summary>
/// The audit's working parts: safety walks (audit stage on), priorities with rationale and action-plan items (strategy
/// on), progress updates (implementation on). Each step is checked whole and stored whole, or refused with messages.
/// </summary>
public sealed class AuditSteps(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public Task<CommandResult<long>> WalkAsync(long auditId, WalkInput input, CancellationToken cancellationToken = default) =>
        StepAsync(auditId, AuditStage.Audit, "safety walk", async (_, errors) =>
        {
            errors = SafetyRules.Walk(input, Today());
            if (!errors.IsEmpty)
            {
                return (null, errors);
            }

            var walk = new SafetyWalk
            {
                AuditId = auditId, WalkedOn = input.WalkedOn!.Value, Route = input.Route!.Trim(), Participants = input.Participants!.Trim(),
                Observations = [.. input.Observations.Select(o => new WalkObservation { Latitude = o.Latitude!.Value, Longitude = o.Longitude!.Value, Note = o.Note!.Trim(), Hotspot = o.Hotspot })],
            };
            db.SafetyWalks.Add(walk);
            await db.SaveChangesAsync(cancellationToken);
            return (walk.Id, errors);
        }, cancellationToken);

    public Task<CommandResult<long>> PriorityAsync(long auditId, PriorityInput input, CancellationToken cancellationToken = default) =>
        StepAsync(auditId, AuditStage.Audit, "priority", async (_, errors) =>
        {
            TextRules.Check(errors, nameof(input.Problem), input.Problem, SafetyAudit.MaxTitleLength, required: true);
            TextRules.Check(errors, nameof(input.Rationale), input.Rationale, SafetyAudit.MaxTextLength, required: true, multiline: true);
            if (!errors.IsEmpty)
            {
                return (null, errors);
            }

            var rank = await db.AuditPriorities.CountAsync(p => p.AuditId == auditId, cancellationToken) + 1;
            var priority = new AuditPriority { AuditId = auditId, Rank = rank, Problem = input.Problem!.Trim(), Rationale = input.Rationale!.Trim() };
            db.AuditPriorities.Add(priority);
            await db.SaveChangesAsync(cancellationToken);
            return (priority.Id, errors);
        }, cancellationToken);

    public Task<CommandResult<long>> ItemAsync(long auditId, ActionItemInput input, CancellationToken cancellationToken = default) =>
        StepAsync(auditId, AuditStage.Strategy, "action item", async (_, _) =>
        {
            var priorities = (await db.AuditPriorities.Where(p => p.AuditId == auditId).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
            var errors = SafetyRules.Item(input, priorities);
            if (!errors.IsEmpty)
            {
                return (null, errors);
            }

            var item = new ActionItem
            {
                AuditId = auditId, PriorityId = input.PriorityId, Title = input.Title!.Trim(), Owner = input.Owner!.Trim(), Budget = input.Budget,
                Deadline = input.Deadline!.Value, Indicator = input.Indicator!.Trim(), RegistryKind = input.RegistryKind,
                Baseline = input.Baseline!.Value, Target = input.Target!.Value,
            };
            db.ActionItems.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            return (item.Id, errors);
        }, cancellationToken);

    public async Task<CommandResult<long>> ProgressAsync(long itemId, ProgressInput input, CancellationToken cancellationToken = default)
    {
        var auditId = await db.ActionItems.Where(i => i.Id == itemId).Select(i => (long?)i.AuditId).SingleOrDefaultAsync(cancellationToken);
        if (auditId is null)
        {
            return CommandResult<long>.Missing();
        }

        var by = (await accessContext.GetAsync(cancellationToken)).UserName;
        return await StepAsync(auditId.Value, AuditStage.Implementation, "progress of item " + itemId, async (_, _) =>
        {
            var errors = SafetyRules.Progress(input, Today());
            if (!errors.IsEmpty)
            {
                return (null, errors);
            }

            var progress = new ActionProgress { ActionItemId = itemId, On = input.On!.Value, PercentDone = input.PercentDone, Value = input.Value, Note = input.Note!.Trim(), By = by };
            db.ActionProgress.Add(progress);
            await db.SaveChangesAsync(cancellationToken);
            return (progress.Id, errors);
        }, cancellationToken);
    }

    private DateOnly Today() => DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime));

    /// <summary>Admits the user, finds the audit, checks its stage is at least <paramref name="from"/> and not completed, runs the step, audits it.</summary>
    private async Task<CommandResult<long>> StepAsync(
        long auditId, AuditStage from, string what, Func<SafetyAudit, ValidationErrors, Task<(long? Id, ValidationErrors Errors)>> step, CancellationToken cancellationToken)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var entity = SafetyAccess.Admits(access) ? await db.SafetyAudits.AsNoTracking().SingleOrDefaultAsync(a => a.Id == auditId, cancellationToken) : null;
        if (entity is null)
        {
            return CommandResult<long>.Missing();
        }

        if (entity.Stage < from || entity.Stage == AuditStage.Completed)
        {
            var wrong = new ValidationErrors();
            wrong.Add("Stage", SafetyMessages.WrongStage, entity.Stage);
            return CommandResult<long>.Invalid(wrong);
        }

        var (id, errors) = await step(entity, new ValidationErrors());
        if (id is null)
        {
            return CommandResult<long>.Invalid(errors);
        }

        await SafetyAccess.ChangedAsync(audit, auditId, what, cancellationToken);
        return CommandResult<long>.Ok(id.Value);
    }
}
