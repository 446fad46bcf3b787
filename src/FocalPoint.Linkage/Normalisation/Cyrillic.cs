namespace FocalPoint.Linkage.Normalisation;

/// <summary>Serbian Cyrillic to Serbian Latin (the official one-to-one scheme, plus Russian extras).</summary>
internal static class Cyrillic
{
    // Indexed by code point - 0x400; null where the code point has no Latin form we know.
    private static readonly string?[] Lower = BuildLower();

    public static bool Contains(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF') return true;
        }
        return false;
    }

    public static string ToLatin(string text)
    {
        if (!Contains(text)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is < '\u0400' or > '\u04FF') { sb.Append(c); continue; }
            var lower = char.ToLowerInvariant(c);
            var latin = lower is >= '\u0400' and <= '\u04FF' ? Lower[lower - 0x400] : null;
            if (latin is null) { sb.Append(c); continue; }
            if (lower == c || latin.Length == 0) { sb.Append(latin); continue; }
            // Capitals keep only their first letter capital: Љ -> Lj, as Serbian Latin writes it.
            sb.Append(char.ToUpperInvariant(latin[0])).Append(latin.AsSpan(1));
        }
        return sb.ToString();
    }

    private static string?[] BuildLower()
    {
        var map = new string?[0x100];
        void Set(char c, string s) => map[c - 0x400] = s;
        Set('а', "a"); Set('б', "b"); Set('в', "v"); Set('г', "g"); Set('д', "d"); Set('ђ', "đ");
        Set('е', "e"); Set('ж', "ž"); Set('з', "z"); Set('и', "i"); Set('ј', "j"); Set('к', "k");
        Set('л', "l"); Set('љ', "lj"); Set('м', "m"); Set('н', "n"); Set('њ', "nj"); Set('о', "o");
        Set('п', "p"); Set('р', "r"); Set('с', "s"); Set('т', "t"); Set('ћ', "ć"); Set('у', "u");
        Set('ф', "f"); Set('х', "h"); Set('ц', "c"); Set('ч', "č"); Set('џ', "dž"); Set('ш', "š");
        // Russian, Bulgarian and Macedonian letters seen in partner files.
        Set('й', "j"); Set('ы', "y"); Set('э', "e"); Set('ю', "ju"); Set('я', "ja"); Set('ё', "e");
        Set('щ', "šč"); Set('ъ', ""); Set('ь', ""); Set('ѓ', "gj"); Set('ќ', "ḱ"); Set('ѕ', "dz");
        Set('і', "i"); Set('ї', "ji"); Set('є', "je"); Set('ґ', "g");
        return map;
    }
}
