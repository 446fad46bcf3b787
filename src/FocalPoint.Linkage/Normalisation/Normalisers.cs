using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage;

/// <summary>
/// The normalisers the engine applies, for callers that want to show or store normalised values
/// (the review screen, import previews). Settings files name them in <c>normalisers</c> lists.
/// </summary>
public static class Normalisers
{
    /// <summary>Names accepted in settings files.</summary>
    public static IEnumerable<string> Names => NormaliserRegistry.Known;

    /// <summary>NFC, case folding, punctuation to single spaces.</summary>
    public static string Fold(string text) => TextFolding.Fold(text);

    /// <summary>Serbian Cyrillic to Serbian Latin; other text unchanged.</summary>
    public static string CyrillicToLatin(string text) => Cyrillic.ToLatin(text);

    /// <summary>The Albanian/Serbian/diaspora spelling key ("Krasnići" → "krasnici").</summary>
    public static string SpellingKey(string text, bool keepSchwa = false) =>
        Normalisation.SpellingKey.Build(text, keepSchwa);

    /// <summary>
    /// The form search words are indexed and looked up in: Cyrillic to Latin, diacritics removed, case folded,
    /// punctuation to single spaces ("Приштина", "Priština" and "PRISTINA" all give "pristina").
    /// </summary>
    public static string SearchFold(string text) => TextFolding.Fold(TextFolding.StripDiacritics(Cyrillic.ToLatin(text)));

    /// <summary>Diacritics removed (š → s, đ → dj).</summary>
    public static string StripDiacritics(string text) => TextFolding.StripDiacritics(text);

    /// <summary>Serial number with look-alike characters folded and obliterated ones as '?'.</summary>
    public static string Serial(string text) => Identifiers.Serial(text);

    /// <summary>Vehicle plate: upper-case letters and digits only.</summary>
    public static string Plate(string text) => Identifiers.Plate(text);

    /// <summary>Phone number in E.164, Kosovo (+383) unless the text says otherwise; null if too short.</summary>
    public static string? Phone(string text, string defaultCountryCode = "383") =>
        PhoneNumber.ToE164(text, defaultCountryCode);

    /// <summary>ISO date (yyyy-MM-dd), or null when the text is not a date.</summary>
    public static string? Date(string text) => DateText.ToIso(text);

    /// <summary>Double Metaphone primary and alternate keys, one per word ("Schmidt" → XMT and SMT).</summary>
    public static (string Primary, string Alternate) DoubleMetaphone(string text) => Normalisation.DoubleMetaphone.Encode(text);

    /// <summary>American Soundex, one code per word ("Robert" → R163).</summary>
    public static string Soundex(string text) => Normalisation.Soundex.Encode(text);

    /// <summary>Folded name without titles and honorifics ("Dr. John Smith Jr." → "john smith").</summary>
    public static string StripTitles(string text) => PersonText.StripTitles(text);

    /// <summary>E-mail address lower-cased without a "+tag"; null when the text is no address.</summary>
    public static string? Email(string text) => PersonText.Email(text) is var e && NormaliserRegistry.IsUnreadable(e) ? null : e;

    /// <summary>Postcode as upper-case letters and digits ("tn1 4ab" → "TN14AB").</summary>
    public static string Postcode(string text) => AddressText.Postcode(text);

    /// <summary>The house number of an address ("12a High St" → "12a"), or null.</summary>
    public static string? HouseNumber(string text) => AddressText.HouseNumber(text);

    /// <summary>The street of an address without numbers, abbreviations written out ("12 High St." → "high street").</summary>
    public static string Street(string text) => AddressText.Street(text);

    /// <summary>Applies a pipeline of named normalisers, as a settings file would; null when the result is empty or the text cannot be read (a date that is no date).</summary>
    public static string? Apply(string text, params string[] names)
    {
        var value = NormaliserRegistry.Pipeline(names)(text);
        return NormaliserRegistry.IsUnreadable(value) ? null : value;
    }
}
