using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cyber;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cyber.Work;

/// <summary>Counts of reported incidents in a year, cut four ways, and how many clocks were met on time.</summary>
public sealed record CyberFiguresView(
    int Year, int Total, IReadOnlyList<int> ByMonth, IReadOnlyDictionary<CyberSector, int> BySector,
    IReadOnlyDictionary<CyberIncidentType, int> ByType, IReadOnlyDictionary<CyberReporterKind, int> ByReporterKind,
    int EarlyWarningsOnTime, int EarlyWarningsLate);

/// <summary>The cyber figures of one year (by detection), for the unit's figures page and the programme's reporting.</summary>
public sealed class CyberFigures(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CyberFiguresView?> HandleAsync(int year, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CyberWork) || year is < 1990 or > 9999)
        {
            return null;
        }

        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = await RowsAsync(db, from, from.AddYears(1), cancellationToken);
        var byMonth = new int[12];
        foreach (var r in rows)
        {
            byMonth[r.DetectedAtUtc.Month - 1]++;
        }

        var warned = rows.Where(r => r.EarlyWarningAtUtc is not null).ToList();
        var onTime = warned.Count(r => r.EarlyWarningAtUtc <= CyberClocks.Due(CyberClock.EarlyWarning, r.DetectedAtUtc));
        return new CyberFiguresView(
            year, rows.Count, byMonth,
            rows.GroupBy(r => r.Sector).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            rows.GroupBy(r => r.Type).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            rows.GroupBy(r => r.ReporterKind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            onTime, warned.Count - onTime);
    }

    /// <summary>One incident as the figures count it: no reporter, no text.</summary>
    internal sealed record CountedIncident(DateTime DetectedAtUtc, CyberSector Sector, CyberIncidentType Type, CyberReporterKind ReporterKind, DateTime? EarlyWarningAtUtc);

    /// <summary>The incidents detected in [from, to): also the indicator catalogue's cyber figures (one computation).</summary>
    internal static Task<List<CountedIncident>> RowsAsync(FocalPointDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        db.CyberIncidents.AsNoTracking().Where(c => c.DetectedAtUtc >= fromUtc && c.DetectedAtUtc < toUtc)
            .Select(c => new CountedIncident(c.DetectedAtUtc, c.Sector, c.Type, c.ReporterKind, c.EarlyWarningAtUtc)).ToListAsync(cancellationToken);
}
