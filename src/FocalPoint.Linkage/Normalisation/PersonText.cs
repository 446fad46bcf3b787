namespace FocalPoint.Linkage.Normalisation;

/// <summary>Names and contacts beyond the region: titles and honorifics, e-mail addresses.</summary>
internal static class PersonText
{
    // English, Albanian (z., znj.) and Serbian (g., gđa) forms of address, ranks and suffixes that are no part of a name.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "revd", "fr", "jr", "jnr", "sr", "snr",
        "ii", "iii", "iv", "esq", "phd", "md", "z", "znj", "zonja", "zoti", "g", "gdja", "gđa", "gospodin", "gospođa", "herr", "frau",
        "mme", "mlle", "m", "sgt", "cpt", "capt", "col", "lt", "officer",
    };

    /// <summary>Folded text without titles and honorifics ("Dr. John Smith Jr." → "john smith"); the name stays if it is all titles.</summary>
    public static string StripTitles(string text)
    {
        var tokens = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = tokens.Where(t => !Titles.Contains(t)).ToArray();
        return string.Join(' ', kept.Length > 0 ? kept : tokens);
    }

    /// <summary>
    /// An e-mail address lower-cased with a "+tag" dropped from the local part ("John.Smith+news@Example.com" →
    /// "john.smith@example.com"); <see cref="NormaliserRegistry.Unreadable"/> when it is no address.
    /// </summary>
    public static string Email(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var at = t.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != t.LastIndexOf('@') || at == t.Length - 1 || !t[(at + 1)..].Contains('.', StringComparison.Ordinal) || t.Contains(' ', StringComparison.Ordinal))
            return NormaliserRegistry.Unreadable;
        var local = t[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return (plus > 0 ? local[..plus] : local) + t[at..];
    }

    public static string EmailLocal(string text) => Email(text) is var e && NormaliserRegistry.IsUnreadable(e) ? e : e[..e.IndexOf('@', StringComparison.Ordinal)];

    public static string EmailDomain(string text) => Email(text) is var e && NormaliserRegistry.IsUnreadable(e) ? e : e[(e.IndexOf('@', StringComparison.Ordinal) + 1)..];
}
