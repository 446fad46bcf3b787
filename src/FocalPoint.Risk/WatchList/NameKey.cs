using FocalPoint.Linkage;

namespace FocalPoint.Risk.WatchList;

/// <summary>
/// The form names and plates are compared in, through the entity-resolution normalisers: names as their spelling
/// key with words in order ("Krasnići Agim" and "Agim Krasniqi" agree), plates as letters and digits only.
/// </summary>
internal static class NameKey
{
    public static string Person(string name)
    {
        var tokens = Normalisers.SpellingKey(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Array.Sort(tokens, StringComparer.Ordinal);
        return string.Join(' ', tokens);
    }

    /// <summary>
    /// Letters and digits only, then the look-alikes an officer or a camera misreads folded together (O and 0, B and 8,
    /// S and 5, I and 1, Z and 2, G and 6), through the linkage serial normaliser.
    /// </summary>
    public static string Plate(string plate)
    {
        // Plates already in upper-case letters and digits skip the plate normaliser's Unicode work, which would
        // otherwise dominate screening.
        foreach (var c in plate)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return Normalisers.Serial(Normalisers.Plate(plate));
        }
        return Normalisers.Serial(plate);
    }

    /// <summary>
    /// Whether two plate keys differ by one misreading: a character missed or added, or two neighbours swapped.
    /// A different character in the same place is a different plate (look-alikes are already folded).
    /// </summary>
    public static bool IsMisread(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var i = 0;
            while (i < a.Length && a[i] == b[i]) i++;
            if (i == a.Length) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        if (Math.Abs(a.Length - b.Length) != 1) return false;
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        var k = 0;
        while (k < shorter.Length && longer[k] == shorter[k]) k++;
        return longer.AsSpan(k + 1).SequenceEqual(shorter.AsSpan(k));
    }

    /// <summary>
    /// Similarity of two names word by word (mean Jaro-Winkler of the words in order), so that sharing a given name
    /// does not make two people alike; names with different word counts are compared whole.
    /// </summary>
    public static double PersonSimilarity(string[] a, string[] b)
    {
        if (a.Length != b.Length || a.Length == 1) return Similarity.JaroWinkler(string.Join(' ', a), string.Join(' ', b));
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += ReferenceEquals(a[i], b[i]) || a[i] == b[i] ? 1.0 : Similarity.JaroWinkler(a[i], b[i]);
        return sum / a.Length;
    }

    public static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Blocks of a name: each word with the initial of each other word, so one misspelt word still meets.</summary>
    public static IEnumerable<string> PersonBlocks(string key)
    {
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1) { yield return tokens[0]; yield break; }
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var j = 0; j < tokens.Length; j++)
            {
                if (i != j) yield return string.Concat(tokens[i], "|", tokens[j].AsSpan(0, 1));
            }
        }
    }

    /// <summary>The plate and every form of it with one character deleted: two plates one edit apart share one.</summary>
    public static IEnumerable<string> PlateNeighbourhood(string key)
    {
        yield return key;
        if (key.Length < 4) yield break; // one edit on a three-character plate is another plate entirely
        for (var i = 0; i < key.Length; i++) yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
    }
}
