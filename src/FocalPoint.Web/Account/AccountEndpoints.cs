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
        group.MapPost("/login", SignInAsync).AllowAnonymous();
        group.MapPost("/logout", async (SignInManager<FocalPointUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).RequireAuthorization();
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, SignInManager<FocalPointUser> signIn)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 256 || password.Length > 256)
        {
            return TypedResults.LocalRedirect($"/account/login?error=invalid&returnUrl={Uri.EscapeDataString(target)}");
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.LocalRedirect(target);
        }

        // One message for wrong name and wrong password: the answer must not reveal which accounts exist.
        var error = result.IsLockedOut ? "locked" : "invalid";
        return TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(target)}");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
