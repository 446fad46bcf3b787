using System.Globalization;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>Normalisers by the names that settings files use.</summary>
internal static class NormaliserRegistry
{
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
        ["phone"] = s => PhoneNumber.ToE164(s),
        ["date"] = s => DateText.ToIso(s) ?? throw new FormatException(s),
        ["year"] = s => DateText.TryParse(s, out var d) ? d.Year.ToString(CultureInfo.InvariantCulture) : throw new FormatException(s),
    };

    /// <summary>Every name a settings file may use; "prefix:N" and "phone:CC" take a number.</summary>
    public static IEnumerable<string> Known => Fixed.Keys.Append("prefix:N").Append("phone:CC");

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
                return s => PhoneNumber.ToE164(s, cc);
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
            }
            return string.IsNullOrWhiteSpace(current) ? null : current;
        };
    }

    private static string FirstToken(string s) { var i = s.IndexOf(' ', StringComparison.Ordinal); return i < 0 ? s : s[..i]; }

    private static string LastToken(string s) { var i = s.LastIndexOf(' '); return i < 0 ? s : s[(i + 1)..]; }
}
