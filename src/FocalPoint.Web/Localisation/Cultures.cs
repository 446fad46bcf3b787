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

    /// <summary>Day first, dots, 24-hour clock: the convention of a Kosovo unit, in English too (never US month-first).</summary>
    public const string DatePattern = "dd.MM.yyyy";

    public static RequestLocalizationOptions Options()
    {
        var cultures = Supported.Select(c => Create(c.Code)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    /// <summary>
    /// The language's culture with the unit's date and time patterns. ICU's defaults differ (English d/M/yyyy with AM/PM,
    /// Albanian h:mm a, Serbian d.M.yyyy.): every date the pages format with "d", "g" or "t" follows these instead.
    /// </summary>
    public static CultureInfo Create(string code)
    {
        var culture = new CultureInfo(code);
        var format = culture.DateTimeFormat;
        format.ShortDatePattern = DatePattern;
        format.ShortTimePattern = "HH:mm";
        format.LongTimePattern = "HH:mm:ss";
        format.FullDateTimePattern = format.LongDatePattern + " HH:mm:ss";
        format.DateSeparator = ".";
        format.TimeSeparator = ":";
        format.AMDesignator = "";
        format.PMDesignator = "";
        return culture;
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
