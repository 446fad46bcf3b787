namespace FocalPoint.Linkage.Normalisation;

/// <summary>Addresses: postcodes, house numbers and street names written the many ways people write them.</summary>
internal static class AddressText
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["st"] = "street", ["str"] = "street", ["rd"] = "road", ["ave"] = "avenue", ["av"] = "avenue", ["ln"] = "lane",
        ["dr"] = "drive", ["ct"] = "court", ["pl"] = "place", ["sq"] = "square", ["cres"] = "crescent", ["gr"] = "grove",
        ["blvd"] = "boulevard", ["hwy"] = "highway", ["pk"] = "park", ["ter"] = "terrace", ["terr"] = "terrace", ["cl"] = "close",
        ["n"] = "north", ["s"] = "south", ["e"] = "east", ["w"] = "west", ["rr"] = "rruga", ["ul"] = "ulica",
    };

    /// <summary>Upper-case letters and digits only ("tn1 4ab" → "TN14AB"), so spacing never decides.</summary>
    public static string Postcode(string text) => new([.. text.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);

    /// <summary>The house number: the first token holding a digit, letters kept ("12a High St" → "12a"); null when none.</summary>
    public static string? HouseNumber(string text)
    {
        foreach (var token in TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Any(char.IsAsciiDigit)) return token;
        }
        return null;
    }

    /// <summary>The street without house numbers, abbreviations written out ("12 High St." → "high street").</summary>
    public static string Street(string text)
    {
        var tokens = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.Any(char.IsAsciiDigit) && t is not ("flat" or "apt" or "apartment" or "unit" or "no"))
            .Select(t => Abbreviations.GetValueOrDefault(t, t));
        return string.Join(' ', tokens);
    }
}
