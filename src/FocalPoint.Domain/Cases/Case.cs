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

public enum CasePriority
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>An investigation or analysis that groups incidents, owned by one user and worked by a team.</summary>
public class Case : AuditableEntity
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 2000;

    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public CaseStatus Status { get; set; }
    public CasePriority Priority { get; set; } = CasePriority.Medium;

    /// <summary>The case's own marking: who beyond the team may find the case (its records keep their own markings).</summary>
    public HandlingCode HandlingCode { get; set; } = HandlingCode.H1;
    public Tlp Tlp { get; set; } = Tlp.Amber;

    /// <summary>The user name of the owner; always on the team as well.</summary>
    public string Owner { get; set; } = "";
    /// <summary>Set when the case was merged into another: it keeps its history and points there; its work moved.</summary>
    public long? MergedIntoId { get; set; }

    /// <summary>The parent case of a child case (one operation split into lines of inquiry).</summary>
    public long? ParentId { get; set; }

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

    /// <summary>When and by whom the incident joined the case (empty for links older than the workspace).</summary>
    public DateTime? AddedAtUtc { get; set; }
    public string? AddedBy { get; set; }
}

public class CaseMember
{
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public string UserName { get; set; } = "";
}

/// <summary>One change of status, owner or priority; KPI timings (time to close) are computed from these rows.</summary>
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
    public CasePriority? OldPriority { get; set; }
    public CasePriority NewPriority { get; set; } = CasePriority.Medium;
}
