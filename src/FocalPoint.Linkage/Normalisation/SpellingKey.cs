using System.Text;

namespace FocalPoint.Linkage.Normalisation;

/// <summary>
/// A key under which Albanian, Serbian (Latin or Cyrillic) and diaspora spellings of one name agree:
/// Krasniqi, Krasnići, Krasnici, Krasniki and Красниќи all give "krasnici"; Shabani, Šabani and Sabani
/// give "sabani"; Xhavit and Džavit give "xavit"; Gjergj and Đerđ give "gerg".
/// </summary>
internal static class SpellingKey
{
    public static string Build(string text, bool keepSchwa)
    {
        var folded = Cyrillic.ToLatin(TextFolding.Fold(text));
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            var (sound, used) = Map(c, next, i + 2 < folded.Length ? folded[i + 2] : '\0', keepSchwa);
            i += used - 1;
            if (sound == '\0') continue;
            // Doubled letters (ll, rr, nn) are spelled single in the diaspora: collapse all repeats.
            if (sb.Length > 0 && sb[^1] == sound) continue;
            sb.Append(sound);
        }
        // Word-final -ki is the diaspora spelling of -qi (Krasniki); other k stay k.
        for (var i = 1; i < sb.Length; i++)
        {
            var end = i + 1 == sb.Length || sb[i + 1] == ' ';
            if (sb[i - 1] == 'k' && sb[i] == 'i' && end) sb[i - 1] = 'c';
        }
        return sb.ToString();
    }

    // Returns the sound class and how many characters it consumed.
    private static (char Sound, int Used) Map(char c, char next, char after, bool keepSchwa) => c switch
    {
        'x' when next == 'h' => ('x', 2),
        'd' when next == 'ž' => ('x', 2),
        'd' when next == 'z' && after == 'h' => ('x', 3),
        'd' when next == 'j' => ('g', 2),
        'd' when next == 'h' => ('d', 2),
        'g' when next == 'j' => ('g', 2),
        'đ' => ('g', 1),
        's' when next == 'h' => ('s', 2),
        'š' => ('s', 1),
        'z' when next == 'h' => ('z', 2),
        'ž' => ('z', 1),
        'c' when next == 'h' => ('c', 2),
        't' when next == 'h' => ('t', 2),
        'k' when next == 'j' => ('c', 2),
        'ç' or 'č' or 'ć' or 'q' or 'ḱ' => ('c', 1),
        'ë' => keepSchwa ? ('e', 1) : ('\0', 1),
        'y' => ('i', 1),
        'w' => ('v', 1),
        _ => (Plain(c), 1),
    };

    private static char Plain(char c)
    {
        if (c < 128) return c;
        var s = TextFolding.StripDiacritics(c.ToString());
        return s.Length > 0 ? s[0] : '\0';
    }
}
