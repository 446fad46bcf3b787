using FocalPoint.Linkage;

namespace FocalPoint.Application.Registry.Persons;

/// <summary>How a person's name answered a search, best first.</summary>
public enum NameMatch
{
    /// <summary>Every typed word is a name word or the start of one (case, accents and script ignored).</summary>
    Exact,

    /// <summary>Some word matched only through the linkage spelling key (Krasnići, Krasniqi, Красниќи).</summary>
    Spelling,

    /// <summary>Some word matched only as a near spelling (Jaro-Winkler on the spelling keys), such as a typing slip.</summary>
    Similar,
}

/// <summary>
/// Matches typed name words against a person's names through the linkage normalisers and comparator. A near spelling
/// must begin with the same sound: "Uka" does not find "Luka" (a different first sound is a different name far more
/// often than a slip), while spelling variants across Albanian, Serbian Latin and Cyrillic agree through the key.
/// </summary>
internal sealed class NameMatcher
{
    public const double SimilarFrom = 0.88;

    private readonly (string Folded, string Key)[] words;

    public NameMatcher(string typed) =>
        words = [.. Normalisers.SearchFold(typed).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)
            .Select(w => (w, Normalisers.SpellingKey(w)))];

    public bool IsEmpty => words.Length == 0;

    /// <summary>The weakest of the typed words' best matches, with a score for ranking within it; null when a word matches nothing.</summary>
    public (NameMatch Match, double Score)? Match(string givenName, string familyName, string? originalScript)
    {
        var names = Normalisers.SearchFold($"{givenName} {familyName} {originalScript}").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keys = names.Select(n => Normalisers.SpellingKey(n)).ToArray();
        (NameMatch Match, double Score) weakest = (NameMatch.Exact, 1);
        foreach (var (folded, key) in words)
        {
            (NameMatch Match, double Score)? best = null;
            for (var i = 0; i < names.Length && best is not { Match: NameMatch.Exact }; i++)
            {
                var candidate = Compare(folded, key, names[i], keys[i]);
                if (candidate is { } c && (best is null || c.Match < best.Value.Match || (c.Match == best.Value.Match && c.Score > best.Value.Score)))
                {
                    best = c;
                }
            }

            if (best is not { } found)
            {
                return null;
            }

            if (found.Match > weakest.Match || (found.Match == weakest.Match && found.Score < weakest.Score))
            {
                weakest = found;
            }
        }

        return weakest;
    }

    private static (NameMatch Match, double Score)? Compare(string folded, string key, string name, string nameKey)
    {
        if (name.StartsWith(folded, StringComparison.Ordinal))
        {
            return (NameMatch.Exact, 1);
        }

        if (key.Length > 0 && nameKey.StartsWith(key, StringComparison.Ordinal))
        {
            return (NameMatch.Spelling, 1);
        }

        if (key.Length < 3 || nameKey.Length == 0 || key[0] != nameKey[0])
        {
            return null;
        }

        var similarity = Similarity.JaroWinkler(key, nameKey);
        return similarity >= SimilarFrom ? (NameMatch.Similar, similarity) : null;
    }
}
