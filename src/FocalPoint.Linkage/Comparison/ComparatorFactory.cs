using System.Globalization;

namespace FocalPoint.Linkage.Comparison;

/// <summary>Comparators by the names settings files use, with their default levels and what their levels mean.</summary>
internal static class ComparatorFactory
{
    /// <summary>How a comparator's levels must run: similarities fall, distances and days grow.</summary>
    private enum LevelKind { None, Similarity, Distance, Days, PrefixLength }

    private static readonly Dictionary<string, (double[] Defaults, LevelKind Kind, Func<double[], Comparator> Create)> Known =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["exact"] = ([], LevelKind.None, _ => new ExactComparator()),
            ["jaro-winkler"] = ([0.92, 0.8], LevelKind.Similarity, t => new JaroWinklerComparator(t)),
            ["damerau-levenshtein"] = ([1, 2], LevelKind.Distance, t => new DamerauLevenshteinComparator(t)),
            ["token-set"] = ([0.92, 0.8], LevelKind.Similarity, t => new TokenSetComparator(t)),
            ["date"] = ([366, 3653], LevelKind.Days, t => new DateComparator(t)),
            ["personal-number"] = ([], LevelKind.None, _ => new PersonalNumberComparator()),
            ["numeric"] = ([0, 1], LevelKind.Distance, t => new NumericComparator(t)),
            ["serial"] = ([1, 2], LevelKind.Distance, t => new SerialComparator(t)),
            ["email"] = ([0.9], LevelKind.Similarity, t => new EmailComparator(t)),
            ["postcode"] = ([4, 3], LevelKind.PrefixLength, t => new PostcodeComparator(t)),
        };

    public static IEnumerable<string> Names => Known.Keys;

    public static Comparator Create(string name, IReadOnlyList<double>? levels, string comparison)
    {
        if (!Known.TryGetValue(name, out var entry))
        {
            var problem = SettingsProblem.UnknownName($"comparison '{comparison}' comparator", name, [.. Names]);
            throw new LinkageException(problem.Code, problem.Message, problem.Arguments);
        }
        if (LevelProblem(name, levels, $"comparison '{comparison}' levels") is { } fault)
            throw new LinkageException(fault.Code, fault.Message, fault.Arguments);
        // Only an absent list means "the defaults": an explicit [] asks for exact and else alone (plus the
        // comparator's fixed levels), which a serial comparison needs when near-miss serials are different guns.
        var thresholds = levels is not null ? levels.ToArray() : entry.Defaults;
        return entry.Create(thresholds);
    }

    /// <summary>The first fault of a comparator's levels: out of range (a similarity of 1.5, negative days) or out of order.</summary>
    public static SettingsProblem? LevelProblem(string name, IReadOnlyList<double>? levels, string path)
    {
        if (levels is null || !Known.TryGetValue(name, out var entry)) return null;
        for (var i = 0; i < levels.Count; i++)
        {
            var v = levels[i];
            var range = entry.Kind switch
            {
                LevelKind.Similarity when !(v > 0 && v < 1) => "strictly between 0 and 1",
                LevelKind.Distance when !(v >= 0 && double.IsFinite(v)) => "0 or more",
                LevelKind.Days when !(v >= 1 && double.IsFinite(v)) => "1 day or more",
                LevelKind.PrefixLength when !(v >= 1 && v <= 32 && Math.Floor(v) == v) => "a whole number of characters from 1 to 32",
                LevelKind.None => "absent: this comparator has fixed levels",
                _ => null,
            };
            if (range is not null) return SettingsProblem.OutOfRange($"{path}[{i}]", v.ToString(CultureInfo.InvariantCulture), range);
            if (i == 0) continue;
            var falling = entry.Kind is LevelKind.Similarity or LevelKind.PrefixLength;
            var ordered = falling ? v < levels[i - 1] : v > levels[i - 1];
            if (!ordered) return SettingsProblem.LevelOrder(path, falling ? "descending" : "ascending");
        }
        return null;
    }
}
