using System.Text;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>American Soundex (the US census rules: h and w do not separate equal codes), one code per word.</summary>
internal static class Soundex
{
    public static string Encode(string text)
    {
        var words = TextFolding.StripDiacritics(Cyrillic.ToLatin(TextFolding.Fold(text))).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(Word).Where(w => w.Length > 0));
    }

    private static string Word(string word)
    {
        var letters = word.Where(char.IsAsciiLetterUpper).ToArray();
        if (letters.Length == 0) return "";
        var sb = new StringBuilder(4).Append(letters[0]);
        var previous = Code(letters[0]);
        for (var i = 1; i < letters.Length && sb.Length < 4; i++)
        {
            var c = letters[i];
            var code = Code(c);
            if (code != '0' && code != previous) sb.Append(code);
            if (c is not ('H' or 'W')) previous = code;
        }
        return sb.Append('0', 4 - sb.Length).ToString();
    }

    private static char Code(char c) => c switch
    {
        'B' or 'F' or 'P' or 'V' => '1',
        'C' or 'G' or 'J' or 'K' or 'Q' or 'S' or 'X' or 'Z' => '2',
        'D' or 'T' => '3',
        'L' => '4',
        'M' or 'N' => '5',
        'R' => '6',
        _ => '0',
    };
}
