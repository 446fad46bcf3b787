using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Account;

/// <summary>Sign-in and sign-out as plain form posts, so that the session cookie is set on an ordinary HTTP response.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/account").ExcludeFromDescription();
        group.MapPost("/login", SignInAsync).AllowAnonymous().RequireRateLimiting(FocalPoint.Web.Security.RequestLimits.SignInPolicy);
        group.MapPost("/login-2fa", SecondStepEndpoint.SignInAsync).AllowAnonymous().RequireRateLimiting(FocalPoint.Web.Security.RequestLimits.SignInPolicy);
        group.MapPost("/logout", async (SignInManager<FocalPointUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).RequireAuthorization();
        group.MapPost("/logout-everywhere", SignOutEverywhereAsync).RequireAuthorization();
        group.MapOrganisationSignIn();
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        SignInManager<FocalPointUser> signIn)
    {
        var target = LocalOrHome(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 256 || password.Length > 256)
        {
            return TypedResults.LocalRedirect($"/account/login?error=invalid&returnUrl={Uri.EscapeDataString(target)}");
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return TypedResults.LocalRedirect($"/account/login-2fa?returnUrl={Uri.EscapeDataString(target)}");
        }

        if (result.Succeeded)
        {
            return TypedResults.LocalRedirect(await AfterPasswordAsync(signIn.UserManager, userName.Trim(), target));
        }

        // One message for wrong name and wrong password: the answer must not reveal which accounts exist.
        var error = result.IsLockedOut ? "locked" : "invalid";
        return TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(target)}");
    }

    /// <summary>A role that needs a second factor goes to enrolment straight away rather than bouncing off the gate.</summary>
    private static async Task<string> AfterPasswordAsync(UserManager<FocalPointUser> users, string userName, string target)
    {
        var user = await users.FindByNameAsync(userName);
        return user is not null && SecondFactorPolicy.IsRequired(await users.GetRolesAsync(user))
            ? $"/account/two-factor?returnUrl={Uri.EscapeDataString(target)}"
            : target;
    }

    /// <summary>A new security stamp invalidates every session of the user at its next validation (within a minute).</summary>
    private static async Task<IResult> SignOutEverywhereAsync(HttpContext context, SignInManager<FocalPointUser> signIn)
    {
        var user = await signIn.UserManager.GetUserAsync(context.User);
        if (user is not null)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/account/login?error=signed-out");
    }

    internal static string LocalOrHome(string? url) => IsLocal(url) ? url! : "/";

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
