using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

public sealed record MyTask(long Id, long CaseId, string CaseReference, string Title, DateOnly? DueOn, CaseTaskStatus Status, bool Overdue);

/// <summary>The user's unfinished tasks in cases they still work, overdue first, then by due date: the investigator's home page.</summary>
public sealed class ListMyTasks(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public const int Count = 10;

    public async Task<IReadOnlyList<MyTask>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var user = access.UserName;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var worked = db.Cases.WorkedBy(access, db).Select(c => c.Id);
        var tasks = await db.CaseTasks.AsNoTracking()
            .Where(t => t.Assignee == user && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.InProgress) && worked.Contains(t.CaseId))
            .OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.Id)
            .Take(Count)
            .Select(t => new { t.Id, t.CaseId, t.Case!.Reference, t.Title, t.DueOn, t.Status })
            .ToListAsync(cancellationToken);
        return [.. tasks.Select(t => new MyTask(t.Id, t.CaseId, t.Reference, t.Title, t.DueOn, t.Status, CaseTaskRules.IsOverdue(t.Status, t.DueOn, today)))];
    }
}
