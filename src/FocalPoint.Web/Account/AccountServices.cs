using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Account;

/// <summary>Session rules on top of Identity: idle time-out, quick stamp checks, organisation sign-in.</summary>
internal static class AccountServices
{
    public static void AddAccountSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((cookie, security) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(security.Value.IdleTimeoutMinutes));

        // Each session re-reads its account at most a minute apart: a new stamp (sign-out everywhere, disablement,
        // second factor reset) ends it, and role changes reach it, within that minute.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = KeepSecondFactorProof;
        });
        builder.AddOrganisationSignIn();
    }

    /// <summary>The refreshed principal is rebuilt from the database and would lose the "amr" claim the sign-in earned.</summary>
    private static Task KeepSecondFactorProof(SecurityStampRefreshingPrincipalContext context)
    {
        var proof = context.CurrentPrincipal?.FindAll(SecondFactorPolicy.MethodClaim).ToList() ?? [];
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            foreach (var claim in proof.Where(c => !identity.HasClaim(c.Type, c.Value)))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }
}
