using Microsoft.AspNetCore.Authentication.Cookies;

namespace FocalPoint.Web.Account;

internal static class CookieSetup
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "FocalPoint.Session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.LoginPath = "/account/login";
        options.AccessDeniedPath = "/account/denied";
        // ExpireTimeSpan comes from Security:IdleTimeoutMinutes (AccountServices).
        options.SlidingExpiration = true;

        // API clients get status codes, not a redirect to an HTML sign-in page.
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api/v1"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
