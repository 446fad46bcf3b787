using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Risk;

/// <summary>Where a profile version stands: drafted by an analyst, approved by a supervisor, then replaced or retired.</summary>
public enum ProfileStatus
{
    Draft,
    Approved,
    Superseded,
    Retired,
}

/// <summary>
/// One version of a risk profile: an indicator set (JSON in the screening engine's form) with its threshold, validity,
/// owner and handling code. A version is never edited once approved; a change is a new draft with the next number,
/// and approving it supersedes the one before (four eyes: the approver is never the drafter).
/// </summary>
public class RiskProfileVersion : AuditableEntity
{
    public const int MaxKeyLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxIndicatorsLength = 20_000;

    /// <summary>Stable key across versions, e.g. "S1".</summary>
    public string ProfileKey { get; set; } = "";

    /// <summary>Version number within the key, from 1.</summary>
    public int Number { get; set; }

    public string Name { get; set; } = "";
    public double Threshold { get; set; }
    public string IndicatorsJson { get; set; } = "[]";
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public ProfileStatus Status { get; set; }
    public HandlingCode HandlingCode { get; set; } = HandlingCode.H0;
    public string DraftedBy { get; set; } = "";
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
}
