using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Community;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

public sealed record DueItem(long Id, long AuditId, int MunicipalityId, string Title, string Owner, DateOnly Deadline, bool Overdue);

/// <summary>The coordinator's home: audits in progress, action items overdue or due soon, the next council meeting.</summary>
public sealed record SafetyHomeData(IReadOnlyList<AuditRow> InProgress, IReadOnlyList<DueItem> Due, MeetingRow? NextMeeting);

public sealed class SafetyHome(FocalPointDbContext db, GetAudit audits, GetMeetings meetings, IAccessContext accessContext, TimeProvider time)
{
    /// <summary>Items due within this many days are listed beside the overdue ones.</summary>
    public const int DueSoonDays = 30;

    public async Task<SafetyHomeData?> HandleAsync(CancellationToken cancellationToken = default)
    {
        if (!SafetyAccess.Admits(await accessContext.GetAsync(cancellationToken)))
        {
            return null;
        }

        var today = DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime));
        var soon = today.AddDays(DueSoonDays);
        var inProgress = (await audits.ListAsync(cancellationToken: cancellationToken)).Where(a => a.Stage != AuditStage.Completed).ToList();
        var due = await (
            from i in db.ActionItems.AsNoTracking()
            join a in db.SafetyAudits on i.AuditId equals a.Id
            where a.Stage != AuditStage.Completed && i.Deadline <= soon && !i.Progress.Any(p => p.PercentDone == 100)
            orderby i.Deadline, i.Id
            select new DueItem(i.Id, a.Id, a.MunicipalityId, i.Title, i.Owner, i.Deadline, i.Deadline < today)).Take(20).ToListAsync(cancellationToken);
        return new SafetyHomeData(inProgress, due, await meetings.NextAsync(today, cancellationToken));
    }
}
