using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>
/// Time limits of the referral process (section <c>Referrals</c>): how soon a new referral must be screened, how often
/// an open one is reviewed, and how long an exited one is kept before it is erased (ADR 0025).
/// </summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    [Range(1, 3650)]
    public int ScreeningDays { get; set; } = 14;
    [Range(1, 3650)]
    public int ReviewEveryDays { get; set; } = 90;

    /// <summary>Referrals screened out (not appropriate, signposted) or refused hold the least: kept one year.</summary>
    [Range(1, 3650)]
    public int ScreenedOutRetentionDays { get; set; } = 365;

    /// <summary>Referrals that went through support: kept three years after exit, for follow-up and evaluation.</summary>
    [Range(1, 3650)]
    public int SupportedRetentionDays { get; set; } = 1095;

    /// <summary>How far ahead the review queue shows referrals coming up for erasure.</summary>
    [Range(1, 3650)]
    public int ErasureNoticeDays { get; set; } = 30;
}
