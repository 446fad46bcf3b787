using System.Globalization;
using System.Text;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>Unicode NFC, case folding, whitespace and diacritics handling.</summary>
internal static class TextFolding
{
    public static string Nfc(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>NFC, invariant lower case, punctuation to spaces, runs of spaces collapsed.</summary>
    public static string Fold(string text)
    {
        var nfc = Nfc(text);
        var sb = new StringBuilder(nfc.Length);
        var space = true; // drops leading spaces
        foreach (var ch in nfc)
        {
            var c = char.ToLowerInvariant(ch);
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space && c != '\'' && c != '’')
            {
                // Apostrophes vanish (D'Amico = DAmico); every other separator becomes one space.
                sb.Append(' ');
                space = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>Removes combining marks after decomposition; đ and ł have no decomposition.</summary>
    public static string StripDiacritics(string text)
    {
        var d = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (IsMark(c)) continue;
            sb.Append(c switch { 'đ' => "dj", 'Đ' => "Dj", 'ł' => "l", 'Ł' => "L", 'ß' => "ss", _ => c.ToString() });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
