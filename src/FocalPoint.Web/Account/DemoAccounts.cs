using FocalPoint.Data.Identity;
using FocalPoint.Domain.Incidents;
using Microsoft.AspNetCore.Identity;

namespace FocalPoint.Web.Account;

/// <summary>
/// One demo account per role, created in demo mode only, so each role's view can be tried. Each has its second
/// factor on with a fixed secret (<see cref="AuthenticatorKey.DemoSecret"/>) printed at start, and an agency that
/// makes the agency rules visible.
/// </summary>
internal static class DemoAccounts
{
    public static readonly IReadOnlyList<(string UserName, string Role, string DisplayName, ReportingAgency Agency)> All =
    [
        ("admin", Roles.Administrator, "Demo Administrator", ReportingAgency.KosovoPolice),
        ("analyst", Roles.Analyst, "Demo Analyst (FFP)", ReportingAgency.KosovoPolice),
        ("investigator", Roles.Investigator, "Demo Investigator", ReportingAgency.KosovoPolice),
        ("border", Roles.BorderOfficer, "Demo Border Officer", ReportingAgency.BorderPolice),
        ("customs", Roles.CustomsOfficer, "Demo Customs Officer", ReportingAgency.Customs),
        ("commander", Roles.Commander, "Demo Commander", ReportingAgency.KosovoPolice),
        ("liaison", Roles.LiaisonOfficer, "Demo Liaison Officer", ReportingAgency.KosovoPolice),
        ("auditor", Roles.Auditor, "Demo Auditor", ReportingAgency.KosovoPolice),
        ("coordinator", Roles.MunicipalCoordinator, "Demo Municipal Coordinator", ReportingAgency.KosovoPolice),
        ("caseworker", Roles.ReferralCaseWorker, "Demo Referral Case Worker", ReportingAgency.KosovoPolice),
        ("cyber", Roles.CyberUnit, "Demo Cyber Unit Officer", ReportingAgency.KosovoPolice),
        (FocalPoint.Application.Cyber.Demo.CyberDemoData.ReporterUserName, Roles.CyberReporter, "Demo Reporter, Electricity Distributor", ReportingAgency.KosovoPolice),
        ("examiner", Roles.ForensicExaminer, "Demo Ballistic Examiner", ReportingAgency.ForensicAgency),
        ("trainer", Roles.TrainingOfficer, "Demo Training Officer", ReportingAgency.KosovoPolice),
        ("ciministry", Roles.InfrastructureMinistry, "Demo Critical Infrastructure Desk (Ministry)", ReportingAgency.KosovoPolice),
        (FocalPoint.Application.Infrastructure.Demo.InfrastructureDemoData.OperatorUserName, Roles.InfrastructureOperator, "Demo Security Officer, Electricity Transmission", ReportingAgency.KosovoPolice),
    ];

    public static async Task EnsureAsync(IServiceProvider services, string password)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var users = services.GetRequiredService<UserManager<FocalPointUser>>();
        var keys = (IUserAuthenticatorKeyStore<FocalPointUser>)services.GetRequiredService<IUserStore<FocalPointUser>>();
        foreach (var (userName, role, displayName, agency) in All)
        {
            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                user = new FocalPointUser { UserName = userName, DisplayName = displayName, Agency = agency, EmailConfirmed = true };
                Check(await users.CreateAsync(user, password));
                Check(await users.AddToRoleAsync(user, role));
            }

            // Also brings accounts of a database made before second factors existed up to date.
            var secret = AuthenticatorKey.DemoSecret(userName);
            if (!user.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(user) != secret)
            {
                await keys.SetAuthenticatorKeyAsync(user, secret, CancellationToken.None);
                user.TwoFactorEnabled = true;
                user.Agency = agency;
                Check(await users.UpdateAsync(user));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account setup failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
