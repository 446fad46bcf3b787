using System.Globalization;
using System.Resources;
using FocalPoint.Domain.Reference;
using FocalPoint.Web.Localisation;

namespace FocalPoint.Web.Tracing;

/// <summary>
/// The UI strings in a language other than the page's: the printed request goes out in English and, when the partner
/// speaks one of ours, in the partner's language too (Albania: Albanian; Serbia, Montenegro: Serbian Latin).
/// </summary>
internal static class PrintText
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    public static string Get(string key, string language) => Resources.GetString(key, CultureInfo.GetCultureInfo(language)) ?? key;

    public static string? PartnerLanguage(string? country) => country switch
    {
        "AL" => "sq",
        "RS" or "ME" => "sr-Latn",
        _ => null,
    };

    public static string Name(IHasLocalNames row, string language) => language switch
    {
        "sq" when row.NameSq.Length > 0 => row.NameSq,
        "sr-Latn" when row.NameSr.Length > 0 => row.NameSr,
        _ => row.NameEn,
    };
}
