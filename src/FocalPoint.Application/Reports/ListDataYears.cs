using FocalPoint.Application.Flows;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Reports.Iafq;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Reports;

/// <summary>
/// The years that have data, newest first, so that reports open on the latest of them (not on an empty current year)
/// and their pickers can say which years hold something. One cheap existence test per year between the first and the
/// last incident, each read from the time index.
/// </summary>
public sealed class ListDataYears(FocalPointDbContext db, IAccessContext accessContext)
{
    /// <summary>Years with incidents of a kind the IAFQ counts (national totals: every incident, as the report).</summary>
    public Task<IReadOnlyList<int>> IafqAsync(CancellationToken cancellationToken = default)
    {
        var kinds = IafqCategories.ByIncidentKind.Keys.ToList();
        return YearsAsync(db.Incidents.AsNoTracking().Where(i => kinds.Contains(i.Kind)), cancellationToken);
    }

    /// <summary>Years with a recovered firearm the user may see (the weapon-flows view counts under need-to-know).</summary>
    public async Task<IReadOnlyList<int>> FlowsAsync(CancellationToken cancellationToken = default)
    {
        var kinds = FlowFilter.RecoveryKinds.ToList();
        var access = await accessContext.GetAsync(cancellationToken);
        return await YearsAsync(db.Incidents.AsNoTracking().VisibleTo(access, db).Where(i => kinds.Contains(i.Kind) && i.Firearms.Any()), cancellationToken);
    }

    /// <summary>Years with any incident the user may see (the dashboard counts under need-to-know).</summary>
    public async Task<IReadOnlyList<int>> VisibleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        return await YearsAsync(db.Incidents.AsNoTracking().VisibleTo(access, db), cancellationToken);
    }

    private static async Task<IReadOnlyList<int>> YearsAsync(IQueryable<Incident> incidents, CancellationToken cancellationToken)
    {
        var first = await incidents.MinAsync(i => (DateTime?)i.OccurredAtUtc, cancellationToken);
        var last = await incidents.MaxAsync(i => (DateTime?)i.OccurredAtUtc, cancellationToken);
        if (first is null || last is null)
        {
            return [];
        }

        var years = new List<int>();
        for (var year = KosovoTime.ToLocal(last.Value).Year; year >= Math.Max(KosovoTime.ToLocal(first.Value).Year, IafqReport.FirstYear); year--)
        {
            var (fromUtc, beforeUtc) = (KosovoTime.ToUtc(new DateTime(year, 1, 1)), KosovoTime.ToUtc(new DateTime(year + 1, 1, 1)));
            if (await incidents.AnyAsync(i => i.OccurredAtUtc >= fromUtc && i.OccurredAtUtc < beforeUtc, cancellationToken))
            {
                years.Add(year);
            }
        }

        return years;
    }
}
