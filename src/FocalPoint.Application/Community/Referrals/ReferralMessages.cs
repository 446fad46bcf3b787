using FocalPoint.Application.Common;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>The referral process's messages (rows "Msg_{Code}" in tools/strings.tsv, like <see cref="Messages"/>).</summary>
public static class ReferralMessages
{
    public static readonly MessageTemplate Age = new("ReferralAge", "Give the age in years, from {0} to {1}.");
    public static readonly MessageTemplate WrongStage = new("ReferralWrongStage", "This step does not fit the referral's stage ({0}).");
    public static readonly MessageTemplate SignpostWhere = new("ReferralSignpostWhere", "Say which service the person is signposted to.");
    public static readonly MessageTemplate GuardianForMinor = new("ReferralGuardianForMinor", "The person is under 18: consent is given by a guardian.");
    public static readonly MessageTemplate GuardianOnlyMinor = new("ReferralGuardianOnlyMinor", "Consent by a guardian applies to minors only.");
    public static readonly MessageTemplate NeedsConsent = new("ReferralNeedsConsent", "Record the person's consent before the assessment.");
    public static readonly MessageTemplate DateNotFuture = new("ReferralDateNotFuture", "Must be a date up to today.");
    public static readonly MessageTemplate FollowUpAfterExit = new("ReferralFollowUpAfterExit", "The follow-up date must be after the exit.");
    public static readonly MessageTemplate NotAnExitReason = new("ReferralNotAnExitReason", "Screening outcomes are recorded at screening, not as an exit.");
}
