using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Home;

/// <summary>A case on the user's home page: its size and its latest incident the user may open.</summary>
public sealed record MyCaseWork(long Id, string Reference, string Title, CaseStatus Status, bool Owner, int Incidents, long? LatestIncidentId, string? LatestIncidentReference);

/// <summary>The open cases whose team the user is on (or owns), most recently active first.</summary>
public sealed class ListMyCaseWork(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int Count = 8;

    public async Task<IReadOnlyList<MyCaseWork>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var user = access.UserName;
        var visible = db.Incidents.VisibleTo(access, db);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed && (c.Owner == user || db.CaseMembers.Any(m => m.CaseId == c.Id && m.UserName == user)))
            .OrderByDescending(c => c.UpdatedAtUtc ?? c.CreatedAtUtc).ThenByDescending(c => c.Id)
            .Take(Count)
            .Select(c => new
            {
                c.Id, c.Reference, c.Title, c.Status, Owner = c.Owner == user,
                Incidents = db.CaseIncidents.Count(ci => ci.CaseId == c.Id),
                Latest = visible.Where(i => db.CaseIncidents.Any(ci => ci.CaseId == c.Id && ci.IncidentId == i.Id))
                    .OrderByDescending(i => i.OccurredAtUtc).Select(i => new { i.Id, i.Reference }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. cases.Select(c => new MyCaseWork(c.Id, c.Reference, c.Title, c.Status, c.Owner, c.Incidents, c.Latest?.Id, c.Latest?.Reference))];
    }
}
