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

    public static string Name(this Municipality m) => Pick(m.NameEn, m.NameSq, m.NameSr);
    public static string Name(this Directorate d) => Pick(d.NameEn, d.NameSq, d.NameSr);
    public static string Name(this FirearmType t) => Pick(t.NameEn, t.NameSq, t.NameSr);
    public static string Name(this Country c) => Pick(c.NameEn, c.NameSq, c.NameSr);
}
