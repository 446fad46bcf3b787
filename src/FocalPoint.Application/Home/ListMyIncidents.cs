using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Home;

/// <summary>Whose incidents a home page lists.</summary>
public enum MyIncidentScope
{
    /// <summary>Recorded by the user or in a case whose team they are on (investigators, analysts).</summary>
    MineAndMyCases,

    /// <summary>Reported by the user's agency or recorded by the user (border police, customs).</summary>
    MyAgency,
}

/// <summary>The latest incidents of the user's own work for their home page, newest first, under need-to-know.</summary>
public sealed class ListMyIncidents(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int Count = 8;

    public async Task<IReadOnlyList<IncidentRow>> HandleAsync(MyIncidentScope scope, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var user = access.UserName;
        var visible = db.Incidents.AsNoTracking().VisibleTo(access, db);
        var mine = scope switch
        {
            MyIncidentScope.MyAgency => visible.Where(i => i.CreatedBy == user || i.ReportingAgency == access.Agency),
            _ => visible.Where(i => i.CreatedBy == user || db.CaseIncidents.Any(ci => ci.IncidentId == i.Id
                && (db.CaseMembers.Any(m => m.CaseId == ci.CaseId && m.UserName == user) || db.Cases.Any(c => c.Id == ci.CaseId && c.Owner == user)))),
        };
        return await mine.OrderByDescending(i => i.OccurredAtUtc).ThenByDescending(i => i.Id).Take(Count)
            .Select(i => new IncidentRow(
                i.Id, i.Reference, i.Kind, i.OccurredAtUtc, i.OccurredOn, i.MunicipalityId, i.DirectorateId, i.ReportingAgency, i.HandlingCode, i.Tlp,
                i.Firearms.Count, i.Ammunition.Sum(a => a.Rounds), i.Explosives.Sum(e => e.Count),
                i.PlaceCountryCode == null ? null : new PlaceAbroad(i.PlaceCountryCode, i.PlaceRegion, i.PlaceName ?? "")))
            .ToListAsync(cancellationToken);
    }
}
