using FocalPoint.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FocalPoint.Web.Account;

/// <summary>
/// The second sign-in step: a six-digit authenticator code, or one of the recovery codes (each works once).
/// Failures count towards the same lockout as wrong passwords, so codes cannot be guessed.
/// </summary>
internal static class SecondStepEndpoint
{
    public static async Task<IResult> SignInAsync(
        [FromForm] string? code, [FromForm] string? returnUrl, SignInManager<FocalPointUser> signIn)
    {
        var target = AccountEndpoints.LocalOrHome(returnUrl);
        var back = Uri.EscapeDataString(target);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            // The password step has expired (or never happened): start again.
            return TypedResults.LocalRedirect($"/account/login?returnUrl={back}");
        }

        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (cleaned.Length is 0 or > 64)
        {
            return TypedResults.LocalRedirect($"/account/login-2fa?error=invalid&returnUrl={back}");
        }

        var result = cleaned.Length == 6 && cleaned.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(cleaned, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(cleaned.ToUpperInvariant());
        if (result.Succeeded)
        {
            return TypedResults.LocalRedirect(target);
        }

        return result.IsLockedOut
            ? TypedResults.LocalRedirect($"/account/login?error=locked&returnUrl={back}")
            : TypedResults.LocalRedirect($"/account/login-2fa?error=invalid&returnUrl={back}");
    }
}
