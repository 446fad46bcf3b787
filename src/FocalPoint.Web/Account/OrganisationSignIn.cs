using System.Security.Claims;
using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Account;

/// <summary>
/// Sign-in through the organisation's identity provider (Keycloak, Entra ID ...) over OpenID Connect, registered
/// only when <c>Authentication:OpenIdConnect:Authority</c> is set. The provider proves who the person is; the local
/// account (created by an administrator) still decides roles, agency, disablement and the second factor.
/// </summary>
internal static class OrganisationSignIn
{
    public const string Scheme = "OpenIdConnect";
    private const string Section = "Authentication:OpenIdConnect";

    public static void AddOrganisationSignIn(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(Section);
        if (string.IsNullOrWhiteSpace(settings["Authority"]))
        {
            return;
        }

        builder.Services.AddAuthentication().AddOpenIdConnect(Scheme, "Organisation", options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = settings["Authority"];
            options.ClientId = settings["ClientId"] ?? throw new InvalidOperationException($"{Section}:ClientId is required with {Section}:Authority.");
            options.ClientSecret = settings["ClientSecret"];
            options.ResponseType = "code";
            options.Scope.Add("email");
        });
    }

    public static void MapOrganisationSignIn(this RouteGroupBuilder group)
    {
        group.MapPost("/external", ([FromForm] string? returnUrl, SignInManager<FocalPointUser> signIn) =>
        {
            var callback = "/account/external-callback?returnUrl=" + Uri.EscapeDataString(AccountEndpoints.LocalOrHome(returnUrl));
            return TypedResults.Challenge(signIn.ConfigureExternalAuthenticationProperties(Scheme, callback), [Scheme]);
        }).AllowAnonymous();
        group.MapGet("/external-callback", CallbackAsync).AllowAnonymous();
    }

    private static async Task<IResult> CallbackAsync(string? returnUrl, HttpContext context, SignInManager<FocalPointUser> signIn)
    {
        var target = AccountEndpoints.LocalOrHome(returnUrl);
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return TypedResults.LocalRedirect("/account/login?error=external");
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (!result.Succeeded && !result.RequiresTwoFactor && !result.IsLockedOut && await LinkAsync(signIn.UserManager, info))
        {
            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        }

        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        var back = Uri.EscapeDataString(target);
        if (result.RequiresTwoFactor)
        {
            return TypedResults.LocalRedirect($"/account/login-2fa?returnUrl={back}");
        }

        // The second-factor gate sends a user who still has to enrol to enrolment.
        return result.Succeeded
            ? TypedResults.LocalRedirect(target)
            : TypedResults.LocalRedirect($"/account/login?error={(result.IsLockedOut ? "locked" : "external")}");
    }

    /// <summary>
    /// First sign-in from the provider: the local account with the same user name (preferred_username), else the
    /// one with the same confirmed e-mail, gets the provider's subject linked; later sign-ins use the subject only.
    /// No account is created here: only administrators create accounts, because they carry roles.
    /// </summary>
    private static async Task<bool> LinkAsync(UserManager<FocalPointUser> users, ExternalLoginInfo info)
    {
        var name = info.Principal.FindFirstValue("preferred_username");
        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        var user = (string.IsNullOrWhiteSpace(name) ? null : await users.FindByNameAsync(name))
            ?? (string.IsNullOrWhiteSpace(email) ? null : await FindByUniqueEmailAsync(users.Users, email));
        return user is not null && (await users.AddLoginAsync(user, info)).Succeeded;
    }

    /// <summary>E-mail addresses need not be unique among accounts; an ambiguous address links nothing.</summary>
    private static async Task<FocalPointUser?> FindByUniqueEmailAsync(IQueryable<FocalPointUser> users, string email)
    {
        var normalised = email.ToUpperInvariant();
        var matches = await users.Where(u => u.NormalizedEmail == normalised && u.EmailConfirmed).Take(2).ToListAsync();
        return matches.Count == 1 ? matches[0] : null;
    }
}
