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
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed && (c.Owner == user || db.CaseMembers.Any(m => m.CaseId == c.Id && m.UserName == user)))
            .OrderByDescending(c => c.UpdatedAtUtc ?? c.CreatedAtUtc).ThenByDescending(c => c.Id)
            .Take(Count)
            .Select(c => new { c.Id, c.Reference, c.Title, c.Status, Owner = c.Owner == user, Incidents = db.CaseIncidents.Count(ci => ci.CaseId == c.Id) })
            .ToListAsync(cancellationToken);

        // The latest incident of each case that the user may open: a case holds a handful, so pick in memory.
        var ids = cases.Select(c => c.Id).ToList();
        var incidents = await db.CaseIncidents.AsNoTracking().Where(ci => ids.Contains(ci.CaseId))
            .Join(db.Incidents.VisibleTo(access, db), ci => ci.IncidentId, i => i.Id, (ci, i) => new { ci.CaseId, i.Id, i.Reference, i.OccurredAtUtc })
            .ToListAsync(cancellationToken);
        var latest = incidents.GroupBy(i => i.CaseId).ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.OccurredAtUtc).First());
        return [.. cases.Select(c => latest.GetValueOrDefault(c.Id) is { } l
            ? new MyCaseWork(c.Id, c.Reference, c.Title, c.Status, c.Owner, c.Incidents, l.Id, l.Reference)
            : new MyCaseWork(c.Id, c.Reference, c.Title, c.Status, c.Owner, c.Incidents, null, null))];
    }
}
