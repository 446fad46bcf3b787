using System.Security.Claims;
using FocalPoint.Data.Identity;

namespace FocalPoint.Web.Account;

/// <summary>Which roles must prove a second factor, and whether a session has. See docs/decisions/0006-second-factor.md.</summary>
internal static class SecondFactorPolicy
{
    /// <summary>Every role that sees personal data, the auditor (the log names users and records) and the administrator (manages accounts).</summary>
    public static readonly IReadOnlyList<string> RequiredFor =
    [
        Roles.Administrator, Roles.Analyst, Roles.Investigator, Roles.BorderOfficer, Roles.CustomsOfficer,
        Roles.LiaisonOfficer, Roles.Auditor, Roles.ReferralCaseWorker,
    ];

    /// <summary>Identity marks a session that passed the second factor with this claim ("amr" = "mfa").</summary>
    public const string MethodClaim = "amr";
    public const string MultiFactor = "mfa";

    public static bool IsRequired(IEnumerable<string> roles) => roles.Any(RequiredFor.Contains);

    public static bool IsSatisfied(ClaimsPrincipal user) =>
        user.HasClaim(MethodClaim, MultiFactor) || !RequiredFor.Any(user.IsInRole);
}
