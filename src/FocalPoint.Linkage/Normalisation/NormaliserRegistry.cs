using System.Globalization;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>Normalisers by the names that settings files use.</summary>
internal static class NormaliserRegistry
{
    /// <summary>
    /// What a normaliser returns for text it cannot read (a date that is no date): compared by reference, so no real
    /// value can be mistaken for it, and cheaper than an exception per bad value in a file full of them.
    /// </summary>
    public static readonly string Unreadable = new('\0', 1);

    /// <summary>True for the <see cref="Unreadable"/> marker.</summary>
    public static bool IsUnreadable(string? value) => ReferenceEquals(value, Unreadable);

    private static readonly Dictionary<string, Func<string, string?>> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nfc"] = TextFolding.Nfc,
        ["casefold"] = s => TextFolding.Nfc(s).ToLowerInvariant(),
        ["text"] = TextFolding.Fold,
        ["trim"] = s => s.Trim(),
        ["cyrillic-latin"] = Cyrillic.ToLatin,
        ["strip-diacritics"] = TextFolding.StripDiacritics,
        ["spelling-key"] = s => SpellingKey.Build(s, keepSchwa: false),
        ["spelling-key-keep-e"] = s => SpellingKey.Build(s, keepSchwa: true),
        ["sorted-tokens"] = s => Names.SortedTokens(TextFolding.Fold(s)),
        ["drop-patronymic"] = Names.DropPatronymic,
        ["first-token"] = s => FirstToken(TextFolding.Fold(s)),
        ["last-token"] = s => LastToken(TextFolding.Fold(s)),
        ["serial"] = Identifiers.Serial,
        ["plate"] = Identifiers.Plate,
        ["digits"] = Identifiers.Digits,
        ["phone"] = s => PhoneNumber.ToE164(s) ?? Unreadable,
        ["date"] = s => DateText.ToIso(s) ?? Unreadable,
        ["soundex"] = Soundex.Encode,
        ["double-metaphone"] = s => DoubleMetaphone.Encode(s).Primary,
        ["double-metaphone-alt"] = s => DoubleMetaphone.Encode(s).Alternate,
        ["strip-titles"] = PersonText.StripTitles,
        ["email"] = PersonText.Email,
        ["email-local"] = PersonText.EmailLocal,
        ["email-domain"] = PersonText.EmailDomain,
        ["postcode"] = AddressText.Postcode,
        ["house-number"] = AddressText.HouseNumber,
        ["street"] = AddressText.Street,
        ["year"] = s => DateText.TryParse(s, out var d) ? d.Year.ToString(CultureInfo.InvariantCulture) : Unreadable,
    };

    /// <summary>Every name a settings file may use; "prefix:N" and "phone:CC" take a number.</summary>
    public static IEnumerable<string> Known => Fixed.Keys.Append("prefix:N").Append("phone:CC");

    /// <summary>True when <see cref="Get"/> would resolve the name.</summary>
    public static bool IsKnown(string name)
    {
        if (Fixed.ContainsKey(name)) return true;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(name.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            && (name[..colon].Equals("prefix", StringComparison.OrdinalIgnoreCase) || name[..colon].Equals("phone", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Resolves a name; unknown names fail with the list of known ones.</summary>
    public static Func<string, string?> Get(string name)
    {
        if (Fixed.TryGetValue(name, out var f)) return f;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && int.TryParse(name.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            var head = name[..colon];
            if (head.Equals("prefix", StringComparison.OrdinalIgnoreCase)) return s => s.Length <= n ? s : s[..n];
            if (head.Equals("phone", StringComparison.OrdinalIgnoreCase))
            {
                var cc = n.ToString(CultureInfo.InvariantCulture);
                return s => PhoneNumber.ToE164(s, cc) ?? Unreadable;
            }
        }
        throw new LinkageException(
            $"Unknown normaliser '{name}'. Known normalisers: {string.Join(", ", Known)}.");
    }

    /// <summary>Chains normalisers; empty results become null (a missing value).</summary>
    public static Func<string, string?> Pipeline(IReadOnlyList<string> names)
    {
        var steps = names.Select(Get).ToArray();
        return value =>
        {
            string? current = value;
            foreach (var step in steps)
            {
                if (string.IsNullOrWhiteSpace(current)) return null;
                current = step(current);
                if (IsUnreadable(current)) return current;
            }
            return string.IsNullOrWhiteSpace(current) ? null : current;
        };
    }

    private static string FirstToken(string s) { var i = s.IndexOf(' ', StringComparison.Ordinal); return i < 0 ? s : s[..i]; }

    private static string LastToken(string s) { var i = s.LastIndexOf(' '); return i < 0 ? s : s[(i + 1)..]; }
}
