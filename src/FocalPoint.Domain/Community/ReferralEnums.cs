namespace FocalPoint.Domain.Community;

/// <summary>Where a referral stands in the Channel-style process: referral, screening, assessment, panel, support, exit.</summary>
public enum ReferralStage
{
    AwaitingScreening,
    Assessment,
    Panel,
    Support,
    Exited,
}

/// <summary>The single point of contact's screening decision.</summary>
public enum ScreeningOutcome
{
    NotAppropriate,
    Signposted,
    Accepted,
}

/// <summary>Consent to support: the person's own, their guardian's for a minor, or refused (support then ends).</summary>
public enum ConsentStatus
{
    Given,
    GivenByGuardian,
    Refused,
}

/// <summary>A level of one dimension of the Vulnerability Assessment Framework (engagement, intent, capability).</summary>
public enum VafLevel
{
    Low,
    Medium,
    High,
}

/// <summary>The kinds of support a plan item gives (OSCE guidebook; theological mentoring is offered, never imposed).</summary>
public enum SupportType
{
    Mentoring,
    Psychosocial,
    Education,
    Employment,
    Family,
    Theological,
}

/// <summary>Why a referral left the process; also the outcome shown in the aggregate figures.</summary>
public enum ExitReason
{
    NotAppropriate,
    Signposted,
    ConsentRefused,
    VulnerabilityReduced,
    DisengagedOrMoved,
    ReferredToPolice,
}
