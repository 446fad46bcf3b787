using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace FocalPoint.Web.Localisation;

/// <summary>The three languages of the UI; the choice is kept in the standard culture cookie.</summary>
internal static class Cultures
{
    public static readonly IReadOnlyList<(string Code, string Label)> Supported =
    [
        ("en", "English"),
        ("sq", "Shqip"),
        ("sr-Latn", "Srpski"),
    ];

    public static RequestLocalizationOptions Options()
    {
        var cultures = Supported.Select(c => new CultureInfo(c.Code)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    public static void MapCultureEndpoint(this WebApplication app) =>
        app.MapGet("/culture/set", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (Supported.Any(c => c.Code == culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            }

            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
            return TypedResults.LocalRedirect(target);
        }).ExcludeFromDescription().AllowAnonymous();
}
