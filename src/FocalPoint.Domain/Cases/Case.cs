using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Cases;

public enum CaseStatus
{
    Open,
    Active,
    Suspended,
    Closed,
}

/// <summary>An investigation or analysis that groups incidents, owned by one user and worked by a team.</summary>
public class Case : AuditableEntity
{
    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";
    public CaseStatus Status { get; set; }

    /// <summary>The user name of the owner.</summary>
    public string Owner { get; set; } = "";
    public List<CaseMember> Team { get; set; } = [];
    public List<CaseIncident> Incidents { get; set; } = [];
    public List<CaseHistoryEntry> History { get; set; } = [];
}

public class CaseIncident
{
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public long IncidentId { get; set; }
    public Incident? Incident { get; set; }
}

public class CaseMember
{
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public string UserName { get; set; } = "";
}

/// <summary>One change of status or owner; KPI timings (time to close) are computed from these rows.</summary>
public class CaseHistoryEntry
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public string ChangedBy { get; set; } = "";
    public CaseStatus? OldStatus { get; set; }
    public CaseStatus NewStatus { get; set; }
    public string? OldOwner { get; set; }
    public string NewOwner { get; set; } = "";
}
