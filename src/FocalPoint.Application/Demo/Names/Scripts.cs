using System.Text;

namespace FocalPoint.Application.Demo.Names;

/// <summary>
/// The spelling changes real records carry between Albanian, Serbian Latin, Serbian Cyrillic and ASCII
/// (DOMAIN.md 5.5): ç↔č, q↔ć, xh↔dž, gj↔đ, sh↔š, zh↔ž, ë→e.
/// </summary>
internal static class Scripts
{
    private static readonly (string From, string To)[] AlbanianToSerbian =
    [
        ("xh", "dž"), ("Xh", "Dž"), ("gj", "đ"), ("Gj", "Đ"), ("sh", "š"), ("Sh", "Š"), ("zh", "ž"), ("Zh", "Ž"),
        ("dh", "d"), ("Dh", "D"), ("th", "t"), ("Th", "T"), ("ll", "l"), ("rr", "r"), ("Rr", "R"),
        ("ç", "č"), ("Ç", "Č"), ("q", "ć"), ("Q", "Ć"), ("y", "i"), ("Y", "I"), ("ë", "e"), ("Ë", "E"), ("x", "dz"),
    ];

    private static readonly (string From, string To)[] SerbianToAlbanian =
    [
        ("dž", "xh"), ("Dž", "Xh"), ("đ", "gj"), ("Đ", "Gj"), ("š", "sh"), ("Š", "Sh"), ("ž", "zh"), ("Ž", "Zh"),
        ("č", "ç"), ("Č", "Ç"), ("ć", "q"), ("Ć", "Q"),
    ];

    private static readonly (string From, string To)[] LatinToCyrillic =
    [
        ("Lj", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("nj", "њ"), ("Dž", "Џ"), ("dž", "џ"),
        ("A", "А"), ("B", "Б"), ("V", "В"), ("G", "Г"), ("D", "Д"), ("Đ", "Ђ"), ("E", "Е"), ("Ž", "Ж"), ("Z", "З"),
        ("I", "И"), ("J", "Ј"), ("K", "К"), ("L", "Л"), ("M", "М"), ("N", "Н"), ("O", "О"), ("P", "П"), ("R", "Р"),
        ("S", "С"), ("T", "Т"), ("Ć", "Ћ"), ("U", "У"), ("F", "Ф"), ("H", "Х"), ("C", "Ц"), ("Č", "Ч"), ("Š", "Ш"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("đ", "ђ"), ("e", "е"), ("ž", "ж"), ("z", "з"),
        ("i", "и"), ("j", "ј"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"),
        ("s", "с"), ("t", "т"), ("ć", "ћ"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("č", "ч"), ("š", "ш"),
    ];

    /// <summary>An Albanian name as a Serbian clerk writes it: Krasniqi → Krasnići.</summary>
    public static string ToSerbianLatin(string albanian) => Replace(albanian, AlbanianToSerbian);

    /// <summary>A Serbian name as an Albanian clerk writes it: Jovanović → Jovanoviq.</summary>
    public static string ToAlbanian(string serbian) => Replace(serbian, SerbianToAlbanian);

    /// <summary>Serbian Latin to Serbian Cyrillic; letters outside the Serbian alphabet are kept.</summary>
    public static string ToCyrillic(string serbianLatin) => Replace(serbianLatin, LatinToCyrillic);

    /// <summary>What an ASCII-only system keeps: diacritics dropped, đ → dj.</summary>
    public static string ToAscii(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                'ë' or 'é' => "e", 'Ë' => "E", 'ç' or 'č' or 'ć' => "c", 'Ç' or 'Č' or 'Ć' => "C",
                'š' => "s", 'Š' => "S", 'ž' => "z", 'Ž' => "Z", 'đ' => "dj", 'Đ' => "Dj",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>German and Swiss records of Albanian names: Krasniqi → Krasniki or Krasnici.</summary>
    public static string ToDiaspora(string albanian, bool useK) =>
        ToAscii(albanian.Replace("q", useK ? "k" : "c", StringComparison.Ordinal)
            .Replace("xh", "dsch", StringComparison.Ordinal)
            .Replace("sh", "sch", StringComparison.Ordinal));

    private static string Replace(string value, (string From, string To)[] pairs)
    {
        var builder = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length;)
        {
            var matched = false;
            foreach (var (from, to) in pairs)
            {
                if (string.CompareOrdinal(value, i, from, 0, from.Length) == 0)
                {
                    builder.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                builder.Append(value[i++]);
            }
        }

        return builder.ToString();
    }
}
