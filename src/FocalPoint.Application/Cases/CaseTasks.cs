using FocalPoint.Application.Common;
using FocalPoint.Application.Notifications;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

public sealed record CaseTaskInput(string? Title, string? Assignee, DateOnly? DueOn);

/// <summary>Tasks of a case: given to a team member with an optional due date; their status moves on as work is done.</summary>
public sealed class CaseTasks(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time, Notify notify)
{
    public async Task<CommandResult<long>> AddAsync(long caseId, CaseTaskInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is not { } @case)
        {
            return CommandResult<long>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Title), input.Title, CaseTask.MaxTitleLength, required: true);
        var assignee = input.Assignee?.Trim() ?? "";
        if (assignee.Length == 0)
        {
            errors.Add(nameof(input.Assignee), Messages.Required);
        }
        else if (assignee != @case.Owner && !await db.CaseMembers.AnyAsync(m => m.CaseId == caseId && m.UserName == assignee, cancellationToken))
        {
            errors.Add(nameof(input.Assignee), Messages.CaseAssigneeOnTeam);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (input.DueOn is { } due && (due < today.AddYears(-1) || due > today.AddYears(5)))
        {
            errors.Add(nameof(input.DueOn), Messages.DateBetween, today.AddYears(-1), today.AddYears(5));
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var task = new CaseTask { CaseId = caseId, Title = input.Title!.Trim(), Assignee = assignee, DueOn = input.DueOn };
        db.CaseTasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        await notify.HandleAsync([new NotificationDraft(assignee, NotificationKind.TaskAssigned, NotificationTarget.Case, caseId, @case.Reference)], cancellationToken);
        return CommandResult<long>.Ok(task.Id);
    }

    public async Task<CommandResult<long>> SetStatusAsync(long caseId, long taskId, CaseTaskStatus status, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var task = await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is null
            ? null
            : await db.CaseTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.CaseId == caseId, cancellationToken);
        if (task is null)
        {
            return CommandResult<long>.Missing();
        }

        if (!Enum.IsDefined(status))
        {
            var errors = new ValidationErrors();
            errors.Add("Status", Messages.UnknownValue, string.Join(", ", Enum.GetNames<CaseTaskStatus>()));
            return CommandResult<long>.Invalid(errors);
        }

        task.Status = status;
        task.CompletedAtUtc = status is CaseTaskStatus.Done or CaseTaskStatus.Cancelled ? time.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(task.Id);
    }
}
