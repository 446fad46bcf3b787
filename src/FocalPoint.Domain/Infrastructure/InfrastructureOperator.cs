using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Infrastructure;

/// <summary>An operator of critical infrastructure (Directive 2008/114, now CER), with its security liaison officer.</summary>
public class InfrastructureOperator : AuditableEntity
{
    public const int MaxTextLength = 200;

    public string Name { get; set; } = "";
    public CriticalSector Sector { get; set; }
    public string Contact { get; set; } = "";

    /// <summary>The security liaison officer: the operator's point of contact with the ministry on security.</summary>
    public string LiaisonOfficer { get; set; } = "";
    public string LiaisonContact { get; set; } = "";

    public List<CriticalAsset> Assets { get; set; } = [];
    public List<SecurityPlan> Plans { get; set; } = [];
    public List<InfrastructureOperatorMember> Members { get; set; } = [];
}

/// <summary>An important asset of an operator, as its security plan identifies it.</summary>
public class CriticalAsset
{
    public const int MaxTextLength = 200;

    public long Id { get; set; }
    public long OperatorId { get; set; }
    public InfrastructureOperator? Operator { get; set; }
    public string Name { get; set; } = "";
    public string Location { get; set; } = "";
}

/// <summary>An account that works for the operator: an operator-role user sees this operator and no other.</summary>
public class InfrastructureOperatorMember
{
    public long OperatorId { get; set; }
    public InfrastructureOperator? Operator { get; set; }
    public string UserName { get; set; } = "";
}

/// <summary>A change of a sector's threat level; the latest per sector is the level in force.</summary>
public class ThreatLevelChange
{
    public const int MaxReasonLength = 500;

    public long Id { get; set; }
    public CriticalSector Sector { get; set; }
    public ThreatLevel Level { get; set; }
    public string Reason { get; set; } = "";
    public DateTime SetAtUtc { get; set; }
    public string SetBy { get; set; } = "";
}
