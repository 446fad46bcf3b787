using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cyber;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cyber.Work;

public sealed record CyberQueueRow(
    long Id, string TrackingCode, string Title, CyberIncidentType Type, CyberReporterKind ReporterKind, CyberSector Sector,
    CyberStatus Status, CyberSeverity Severity, Tlp Tlp, string? Assignee, DateTime DetectedAtUtc,
    CyberDeadline? NextDeadline, bool Overdue);

/// <summary>Which incidents the queue shows: the open ones, only those with a clock overdue, or all.</summary>
public enum CyberQueueView
{
    Open,
    Overdue,
    All,
}

/// <summary>The cyber unit's triage queue, most urgent clock first; the overdue view is the list of missed deadlines.</summary>
public sealed class ListCyberQueue(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public const int MaxRows = 500;

    public async Task<IReadOnlyList<CyberQueueRow>> HandleAsync(CyberQueueView view = CyberQueueView.Open, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CyberWork))
        {
            return [];
        }

        var query = db.CyberIncidents.AsNoTracking();
        if (view != CyberQueueView.All)
        {
            query = query.Where(c => c.Status != CyberStatus.Closed && c.Status != CyberStatus.Rejected);
        }

        var incidents = await query.OrderByDescending(c => c.DetectedAtUtc).Take(MaxRows)
            .Select(c => new CyberIncident
            {
                Id = c.Id, TrackingCode = c.TrackingCode, Title = c.Title, Type = c.Type, ReporterKind = c.ReporterKind, Sector = c.Sector,
                Status = c.Status, Severity = c.Severity, Tlp = c.Tlp, Assignee = c.Assignee, DetectedAtUtc = c.DetectedAtUtc,
                EarlyWarningAtUtc = c.EarlyWarningAtUtc, NotificationAtUtc = c.NotificationAtUtc, FinalReportAtUtc = c.FinalReportAtUtc,
            }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = incidents.Select(c =>
        {
            var next = CyberClocks.Of(c).FirstOrDefault(d => d.Open);
            return new CyberQueueRow(c.Id, c.TrackingCode, c.Title, c.Type, c.ReporterKind, c.Sector, c.Status, c.Severity, c.Tlp, c.Assignee,
                c.DetectedAtUtc, next, next is not null && next.Overdue(now));
        });
        if (view == CyberQueueView.Overdue)
        {
            rows = rows.Where(r => r.Overdue);
        }

        return [.. rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.NextDeadline?.DueUtc ?? DateTime.MaxValue)];
    }
}
