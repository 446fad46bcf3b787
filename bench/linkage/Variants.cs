using System.Text;

namespace FocalPoint.Bench.Linkage;

/// <summary>The ways a name is written differently by another agency: spelling, script, typos.</summary>
internal static class Variants
{
    private static readonly (string From, string[] To)[] Spellings =
    [
        ("q", ["ć", "c", "k", "ç"]), ("ç", ["č", "c", "ch"]), ("ë", ["e", ""]), ("sh", ["š", "s"]),
        ("xh", ["dž", "x"]), ("gj", ["đ", "g", "dj"]), ("zh", ["ž", "z"]), ("ć", ["c", "q", "ch"]),
        ("č", ["c", "ç"]), ("š", ["s", "sh"]), ("ž", ["z", "zh"]), ("đ", ["dj", "gj"]), ("dž", ["xh", "dz"]),
    ];

    private static readonly (string Latin, string Cyr)[] ToCyr =
    [
        ("lj", "љ"), ("nj", "њ"), ("dž", "џ"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("đ", "ђ"),
        ("e", "е"), ("ž", "ж"), ("z", "з"), ("i", "и"), ("j", "ј"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
        ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("ć", "ћ"), ("u", "у"), ("f", "ф"), ("h", "х"),
        ("c", "ц"), ("č", "ч"), ("š", "ш"),
    ];

    public static string Spelling(string name, Random rng)
    {
        var lower = name.ToLowerInvariant();
        foreach (var (from, to) in Spellings.OrderBy(_ => rng.Next()))
        {
            var i = lower.IndexOf(from, StringComparison.Ordinal);
            if (i < 0) continue;
            return Capital(lower[..i] + to[rng.Next(to.Length)] + lower[(i + from.Length)..]);
        }
        return Typo(name, rng);
    }

    public static string Typo(string name, Random rng)
    {
        if (name.Length < 4) return name;
        var i = 1 + rng.Next(name.Length - 2);
        var sb = new StringBuilder(name);
        switch (rng.Next(4))
        {
            case 0: (sb[i], sb[i + 1]) = (sb[i + 1], sb[i]); break;
            case 1: sb.Remove(i, 1); break;
            case 2: sb.Insert(i, "aeinr"[rng.Next(5)]); break;
            default: sb[i] = "aeinrlkt"[rng.Next(8)]; break;
        }
        return sb.ToString();
    }

    public static string Cyrillic(string name)
    {
        var lower = name.ToLowerInvariant();
        var sb = new StringBuilder();
        for (var i = 0; i < lower.Length;)
        {
            var hit = ToCyr.FirstOrDefault(p => string.CompareOrdinal(lower, i, p.Latin, 0, p.Latin.Length) == 0);
            if (hit.Latin is null) { sb.Append(lower[i]); i++; continue; }
            sb.Append(hit.Cyr);
            i += hit.Latin.Length;
        }
        return sb.Length == 0 ? name : char.ToUpperInvariant(sb[0]) + sb.ToString(1, sb.Length - 1);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
