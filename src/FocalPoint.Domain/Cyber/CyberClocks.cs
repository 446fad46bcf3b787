namespace FocalPoint.Domain.Cyber;

/// <summary>One legal clock of an incident: when it is due, when it was met (if it was), and whether it is late.</summary>
public sealed record CyberDeadline(CyberClock Clock, DateTime DueUtc, DateTime? MetAtUtc)
{
    public bool Overdue(DateTime nowUtc) => MetAtUtc is null ? nowUtc > DueUtc : MetAtUtc > DueUtc;

    public bool Open => MetAtUtc is null;
}

/// <summary>The NIS2 (EU 2022/2555, art. 23) reporting clocks, all counted from detection.</summary>
public static class CyberClocks
{
    public static readonly TimeSpan EarlyWarning = TimeSpan.FromHours(24);
    public static readonly TimeSpan Notification = TimeSpan.FromHours(72);

    public static DateTime Due(CyberClock clock, DateTime detectedAtUtc) => clock switch
    {
        CyberClock.EarlyWarning => detectedAtUtc + EarlyWarning,
        CyberClock.Notification => detectedAtUtc + Notification,
        _ => detectedAtUtc.AddMonths(1),
    };

    public static IReadOnlyList<CyberDeadline> Of(CyberIncident incident) =>
    [
        new(CyberClock.EarlyWarning, Due(CyberClock.EarlyWarning, incident.DetectedAtUtc), incident.EarlyWarningAtUtc),
        new(CyberClock.Notification, Due(CyberClock.Notification, incident.DetectedAtUtc), incident.NotificationAtUtc),
        new(CyberClock.FinalReport, Due(CyberClock.FinalReport, incident.DetectedAtUtc), incident.FinalReportAtUtc),
    ];

    /// <summary>Records that a stage was met now; an earlier record stands (the first notice is the legal one).</summary>
    public static void Meet(CyberIncident incident, CyberClock clock, DateTime nowUtc)
    {
        switch (clock)
        {
            case CyberClock.EarlyWarning: incident.EarlyWarningAtUtc ??= nowUtc; break;
            case CyberClock.Notification: incident.NotificationAtUtc ??= nowUtc; break;
            default: incident.FinalReportAtUtc ??= nowUtc; break;
        }
    }
}
