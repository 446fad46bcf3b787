using System.Text;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>Serial numbers, plates and digit strings: the characters that officers misread.</summary>
internal static class Identifiers
{
    /// <summary>The wildcard that stands for an obliterated or unreadable serial character.</summary>
    public const char Wildcard = '?';

    /// <summary>
    /// Upper case, separators dropped, Cyrillic look-alikes to Latin, then the look-alike classes
    /// folded to digits (O→0, I/L→1, Z→2, S→5, B→8) so that "B0O12" and "BOO12" agree.
    /// Obliterated characters (?, *, #, _) become <see cref="Wildcard"/>.
    /// </summary>
    public static string Serial(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in TextFolding.Nfc(text))
        {
            var c = LatinLookAlike(char.ToUpperInvariant(raw));
            if (c is '?' or '*' or '#' or '_' or '…') { sb.Append(Wildcard); continue; }
            if (!char.IsLetterOrDigit(c)) continue;
            sb.Append(c switch
            {
                'O' or 'Q' or 'D' => '0',
                'I' or 'L' or '|' => '1',
                'Z' => '2',
                'S' => '5',
                'B' => '8',
                'G' => '6',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>Upper case, Cyrillic look-alikes to Latin, only letters and digits kept.</summary>
    public static string Plate(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var raw in TextFolding.StripDiacritics(TextFolding.Nfc(text)))
        {
            var c = LatinLookAlike(char.ToUpperInvariant(raw));
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Only the digits, in order (personal numbers, document numbers).</summary>
    public static string Digits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    // Cyrillic capitals that look like Latin ones are typed by mistake on Serbian keyboards.
    private static char LatinLookAlike(char c) => c switch
    {
        'А' => 'A', 'В' => 'B', 'Е' => 'E', 'К' => 'K', 'М' => 'M', 'Н' => 'H', 'О' => 'O',
        'Р' => 'P', 'С' => 'C', 'Т' => 'T', 'Х' => 'X', 'У' => 'Y', 'Ј' => 'J', 'Ѕ' => 'S', 'І' => 'I',
        _ => c,
    };
}
