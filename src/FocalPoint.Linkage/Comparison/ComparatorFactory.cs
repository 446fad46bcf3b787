namespace FocalPoint.Linkage.Comparison;

/// <summary>Comparators by the names settings files use, with their default levels.</summary>
internal static class ComparatorFactory
{
    private static readonly Dictionary<string, (double[] Defaults, Func<double[], Comparator> Create)> Known =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["exact"] = ([], _ => new ExactComparator()),
            ["jaro-winkler"] = ([0.92, 0.8], t => new JaroWinklerComparator(t)),
            ["damerau-levenshtein"] = ([1, 2], t => new DamerauLevenshteinComparator(t)),
            ["token-set"] = ([0.92, 0.8], t => new TokenSetComparator(t)),
            ["date"] = ([366, 3653], t => new DateComparator(t)),
            ["personal-number"] = ([], _ => new PersonalNumberComparator()),
            ["numeric"] = ([0, 1], t => new NumericComparator(t)),
            ["serial"] = ([1, 2], t => new SerialComparator(t)),
        };

    public static IEnumerable<string> Names => Known.Keys;

    public static Comparator Create(string name, IReadOnlyList<double>? levels, string comparison)
    {
        if (!Known.TryGetValue(name, out var entry))
        {
            throw new LinkageException(
                $"Comparison '{comparison}' names unknown comparator '{name}'. Known comparators: {string.Join(", ", Names)}.");
        }
        // Only an absent list means "the defaults": an explicit [] asks for exact and else alone (plus the
        // comparator's fixed levels), which a serial comparison needs when near-miss serials are different guns.
        var thresholds = levels is not null ? levels.ToArray() : entry.Defaults;
        if (thresholds.Any(double.IsNaN)) throw new LinkageException($"Comparison '{comparison}' has a level that is not a number.");
        return entry.Create(thresholds);
    }
}
