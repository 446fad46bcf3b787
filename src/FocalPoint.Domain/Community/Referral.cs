using FocalPoint.Domain.Common;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Domain.Community;

/// <summary>
/// A referral of a person at risk of radicalisation (sealed, ADR 0025): it lives apart from the registry, holds the
/// subject's minimal identity only and records behaviours and concerns as narrative. There is deliberately no field
/// for beliefs, religion or ethnicity (behaviours, not beliefs: OSCE guidebook 2019).
/// </summary>
public class Referral : AuditableEntity
{
    public const int MaxNameLength = 120;
    public const int MaxAgencyLength = 120;
    public const int MaxConcernsLength = 4000;

    public string Reference { get; set; } = "";
    public DateOnly ReferredOn { get; set; }
    public string ReferringAgency { get; set; } = "";
    public string ReferrerRole { get; set; } = "";

    /// <summary>Encrypted at rest (ADR 0007); never leaves the seal, never compared with the registry.</summary>
    public string SubjectName { get; set; } = "";
    public int SubjectAge { get; set; }
    public Sex SubjectSex { get; set; }
    public int MunicipalityId { get; set; }

    /// <summary>Returnee or family member of a foreign terrorist fighter (DOMAIN §6.1).</summary>
    public bool ReturneeFamily { get; set; }

    /// <summary>Observed behaviours and concerns as narrative; encrypted at rest.</summary>
    public string Concerns { get; set; } = "";

    public ReferralStage Stage { get; set; }
    public ScreeningOutcome? Screening { get; set; }
    public string? SignpostedTo { get; set; }
    public ConsentStatus? Consent { get; set; }
    public string? ConsentLegalBasis { get; set; }
    public DateOnly? ConsentOn { get; set; }
    public ExitReason? ExitReason { get; set; }
    public DateOnly? ExitedOn { get; set; }
    public DateOnly? FollowUpOn { get; set; }

    /// <summary>When the next review is due (open referrals) and when the referral is erased (after exit).</summary>
    public DateOnly ReviewDueOn { get; set; }
    public DateOnly? EraseOn { get; set; }

    public List<ReferralStageChange> History { get; set; } = [];
    public List<ReferralAssessment> Assessments { get; set; } = [];
    public List<ReferralPanelMeeting> PanelMeetings { get; set; } = [];
    public List<ReferralSupportItem> SupportItems { get; set; } = [];
    public List<ReferralReview> Reviews { get; set; } = [];
}

/// <summary>One move between stages, with who and when: the referral's stage history.</summary>
public class ReferralStageChange
{
    public long Id { get; set; }
    public long ReferralId { get; set; }
    public DateTime AtUtc { get; set; }
    public string By { get; set; } = "";
    public ReferralStage? From { get; set; }
    public ReferralStage To { get; set; }
}

/// <summary>A Vulnerability Assessment Framework assessment.</summary>
public class ReferralAssessment
{
    public long Id { get; set; }
    public long ReferralId { get; set; }
    public VafLevel Engagement { get; set; }
    public VafLevel Intent { get; set; }
    public VafLevel Capability { get; set; }
    public string Assessor { get; set; } = "";
    public DateOnly AssessedOn { get; set; }
}

/// <summary>A multi-agency panel meeting about the referral.</summary>
public class ReferralPanelMeeting
{
    public long Id { get; set; }
    public long ReferralId { get; set; }
    public DateOnly HeldOn { get; set; }

    /// <summary>Attending agencies and roles, separated by "; " (no names of panel members needed).</summary>
    public string Attendees { get; set; } = "";
    public string Decision { get; set; } = "";
}

/// <summary>One item of the tailored support package.</summary>
public class ReferralSupportItem
{
    public long Id { get; set; }
    public long ReferralId { get; set; }
    public string Provider { get; set; } = "";
    public SupportType Type { get; set; }
    public DateOnly StartedOn { get; set; }
}

/// <summary>A periodic review of progress; it sets the next review date.</summary>
public class ReferralReview
{
    public long Id { get; set; }
    public long ReferralId { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public string Summary { get; set; } = "";
}
