using FocalPoint.Application.Cases;
using FocalPoint.Application.Security;
using FocalPoint.Application.Tracing.Traces;
using FocalPoint.Data;
using FocalPoint.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Notifications;

/// <summary>
/// A would-be recipient's need-to-know, built as the web host builds it for a signed-in user (roles, agency, case
/// teams, all read from the database), and the records of a batch that it opens: the same visibility rules as
/// the pages the notifications link to.
/// </summary>
internal sealed class RecipientReach(FocalPointDbContext db)
{
    private const int Chunk = 500;

    /// <summary>The account's access, or null when there is no such account.</summary>
    public async Task<UserAccess?> AccessOfAsync(string userName, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => new { u.Id, u.Agency }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        var cases = await db.CaseMembers.Where(m => m.UserName == userName).Select(m => m.CaseId)
            .Union(db.Cases.Where(c => c.Owner == userName).Select(c => c.Id)).ToListAsync(ct);
        return new UserAccess(userName, roles.ToHashSet(StringComparer.Ordinal), user.Agency, cases.ToHashSet());
    }

    public async Task<HashSet<(NotificationTarget, long)>> ReachableAsync(UserAccess access, IReadOnlyCollection<(NotificationTarget Target, long Id)> records, CancellationToken ct)
    {
        var reachable = new HashSet<(NotificationTarget, long)>();
        foreach (var group in records.GroupBy(r => r.Target))
        {
            foreach (var chunk in group.Select(r => r.Id).Distinct().Chunk(Chunk))
            {
                var ids = await Visible(access, group.Key).Where(id => chunk.Contains(id)).ToListAsync(ct);
                reachable.UnionWith(ids.Select(id => (group.Key, id)));
            }
        }

        return reachable;
    }

    private IQueryable<long> Visible(UserAccess access, NotificationTarget target)
    {
        var incidents = db.Incidents.VisibleTo(access, db);
        return target switch
        {
            NotificationTarget.Case => db.Cases.VisibleTo(access, db).Select(c => c.Id),
            NotificationTarget.Incident => incidents.Select(i => i.Id),
            NotificationTarget.Firearm => db.Firearms.Where(f => incidents.Any(i => i.Id == f.IncidentId)).Select(f => f.Id),
            NotificationTarget.Trace => TraceAccess.Visible(db, access).Select(t => t.Id),
            NotificationTarget.Ballistics when access.Holds(Capabilities.Ballistics) => db.BallisticLeads.Select(l => l.Id),
            _ => db.BallisticLeads.Where(_ => false).Select(l => l.Id),
        };
    }
}
