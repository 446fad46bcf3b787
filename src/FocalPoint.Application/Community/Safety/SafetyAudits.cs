using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

/// <summary>Starting an audit, its set-up, and moving it through the EFUS stages, each move kept with who and when.</summary>
public sealed class SafetyAudits(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<long>> StartAsync(AuditSetUpInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!SafetyAccess.Admits(access))
        {
            return CommandResult<long>.Missing();
        }

        var errors = SafetyRules.SetUp(input, await MunicipalitiesAsync(cancellationToken));
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var entity = new SafetyAudit { MunicipalityId = input.MunicipalityId!.Value, Stage = AuditStage.SetUp };
        Apply(entity, input);
        entity.History.Add(new AuditStageChange { AtUtc = time.GetUtcNow().UtcDateTime, By = access.UserName, To = AuditStage.SetUp });
        db.SafetyAudits.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.ChangedAsync(audit, entity.Id, "audit started", cancellationToken, AuditAction.Collect);
        return CommandResult<long>.Ok(entity.Id);
    }

    /// <summary>Corrects the set-up; the municipality stays as started.</summary>
    public async Task<CommandResult<long>> SetUpAsync(long id, AuditSetUpInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var entity = SafetyAccess.Admits(access) ? await db.SafetyAudits.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        if (entity is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = SafetyRules.SetUp(input with { MunicipalityId = entity.MunicipalityId }, await MunicipalitiesAsync(cancellationToken));
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        Apply(entity, input);
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.ChangedAsync(audit, id, "set-up changed", cancellationToken);
        return CommandResult<long>.Ok(id);
    }

    /// <summary>Moves to the next stage. An action plan needs at least one item before implementation begins.</summary>
    public async Task<CommandResult<long>> AdvanceAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var entity = SafetyAccess.Admits(access) ? await db.SafetyAudits.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        if (entity is null)
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        if (entity.Stage == AuditStage.Completed)
        {
            errors.Add("Stage", SafetyMessages.WrongStage, entity.Stage);
        }
        else if (entity.Stage == AuditStage.Strategy && !await db.ActionItems.AnyAsync(i => i.AuditId == id, cancellationToken))
        {
            errors.Add("Stage", SafetyMessages.NoActionItems);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        entity.Stage++;
        db.SafetyAuditHistory.Add(new AuditStageChange { AuditId = id, AtUtc = time.GetUtcNow().UtcDateTime, By = access.UserName, To = entity.Stage });
        await db.SaveChangesAsync(cancellationToken);
        await SafetyAccess.ChangedAsync(audit, id, "stage " + entity.Stage, cancellationToken);
        return CommandResult<long>.Ok(id);
    }

    private async Task<IReadOnlySet<int>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        (await db.Municipalities.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();

    private static void Apply(SafetyAudit entity, AuditSetUpInput input)
    {
        entity.Title = input.Title!.Trim();
        entity.Partners = input.Partners!.Trim();
        entity.Scope = input.Scope!.Trim();
        entity.Area = input.Area?.Trim() ?? "";
        entity.DataSources = input.DataSources?.Trim() ?? "";
    }
}
