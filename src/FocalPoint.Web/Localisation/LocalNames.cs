using System.Globalization;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Web.Localisation;

/// <summary>Reference data carries its names in three languages; this picks the one of the current UI culture.</summary>
internal static class LocalNames
{
    public static string Pick(string en, string sq, string sr) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "sq" => string.IsNullOrEmpty(sq) ? en : sq,
        "sr" => string.IsNullOrEmpty(sr) ? en : sr,
        _ => string.IsNullOrEmpty(en) ? sq : en,
    };

    public static string Name(this IHasLocalNames row) => Pick(row.NameEn, row.NameSq, row.NameSr);
}
