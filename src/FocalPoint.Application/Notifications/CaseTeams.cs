using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Notifications;

/// <summary>Who works the cases holding some incidents: the holders producers tell about those incidents' records.</summary>
public static class CaseTeams
{
    /// <summary>Each incident's case owners and members (cases merged away left out: their team joined the survivor).</summary>
    public static async Task<ILookup<long, string>> OfIncidentsAsync(FocalPointDbContext db, IReadOnlyCollection<long> incidentIds, CancellationToken ct)
    {
        var ids = incidentIds.Distinct().ToList();
        var holding = db.CaseIncidents.Where(ci => ids.Contains(ci.IncidentId) && ci.Case!.MergedIntoId == null);
        var owners = await holding.Select(ci => new { ci.IncidentId, User = ci.Case!.Owner }).ToListAsync(ct);
        var members = await holding.Join(db.CaseMembers, ci => ci.CaseId, m => m.CaseId, (ci, m) => new { ci.IncidentId, User = m.UserName }).ToListAsync(ct);
        return owners.Concat(members).Distinct().ToLookup(x => x.IncidentId, x => x.User);
    }
}
