using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Infrastructure;

/// <summary>
/// One version of an operator security plan on the 2008/114 model: risks on major threat scenarios, permanent measures
/// and graduated measures per threat level, a review date. A new version starts as a draft copy of the latest; approving
/// it supersedes the one approved before.
/// </summary>
public class SecurityPlan : AuditableEntity
{
    public long OperatorId { get; set; }
    public InfrastructureOperator? Operator { get; set; }
    public int Number { get; set; }
    public PlanStatus Status { get; set; }
    public DateOnly ReviewDue { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
    public string? ApprovedBy { get; set; }

    /// <summary>The highest threat level the operator has confirmed its graduated measures for under this plan.</summary>
    public ThreatLevel AppliedLevel { get; set; }
    public DateTime? AppliedAtUtc { get; set; }

    public List<PlanRisk> Risks { get; set; } = [];
    public List<PlanMeasure> Measures { get; set; } = [];
}

/// <summary>A major threat scenario with the vulnerabilities it exploits and its potential impact.</summary>
public class PlanRisk
{
    public const int MaxTextLength = 500;

    public long Id { get; set; }
    public long PlanId { get; set; }
    public SecurityPlan? Plan { get; set; }
    public string Scenario { get; set; } = "";
    public string Vulnerabilities { get; set; } = "";
    public RiskRating Impact { get; set; }
}

/// <summary>A countermeasure: permanent when <see cref="FromLevel"/> is null, else graduated, in force from that level up.</summary>
public class PlanMeasure
{
    public const int MaxTextLength = 500;

    public long Id { get; set; }
    public long PlanId { get; set; }
    public SecurityPlan? Plan { get; set; }
    public string Text { get; set; } = "";
    public ThreatLevel? FromLevel { get; set; }
}
