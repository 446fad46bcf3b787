using FocalPoint.Linkage.Comparison;
using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage;

/// <summary>All the checks that must pass before any work starts.</summary>
internal static class SettingsValidator
{
    public static void Validate(LinkageSettings s, IReadOnlyCollection<string> columns)
    {
        var known = new HashSet<string>(columns, StringComparer.Ordinal);
        void Column(string? column, string where)
        {
            if (string.IsNullOrWhiteSpace(column)) throw new LinkageException($"{where} names no column.");
            if (!known.Contains(column))
            {
                throw new LinkageException(
                    $"{where} names column '{column}', which the input does not have. Columns: {string.Join(", ", columns)}.");
            }
        }
        Column(s.UniqueIdColumn, "uniqueIdColumn");
        if (s.Comparisons.Count == 0) throw new LinkageException("The settings name no comparisons.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in s.Comparisons)
        {
            var where = $"Comparison '{c.DisplayName}'";
            Column(c.Column, where);
            if (c.SwapColumn is not null) Column(c.SwapColumn, where + " swapColumn");
            if (!names.Add(c.DisplayName)) throw new LinkageException($"Two comparisons are named '{c.DisplayName}'.");
            foreach (var n in c.Normalisers) NormaliserRegistry.Get(n);
            ComparatorFactory.Create(c.Comparator, c.Levels, c.DisplayName);
        }
        if (s.BlockingRules.Count == 0)
            throw new LinkageException("The settings name no blocking rules: every record would be compared with every other.");
        if (s.BlockingRules.Count > 32) throw new LinkageException("At most 32 blocking rules are allowed.");
        for (var i = 0; i < s.BlockingRules.Count; i++)
        {
            var rule = s.BlockingRules[i];
            var where = $"Blocking rule '{rule.Name ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}'";
            if (rule.Keys.Count == 0)
                throw new LinkageException($"{where} has no keys: it would compare every record with every other.");
            foreach (var k in rule.Keys)
            {
                Column(k.Column, where);
                foreach (var n in k.Normalisers) NormaliserRegistry.Get(n);
            }
        }
        Range(s.MatchThreshold, "matchThreshold");
        Range(s.ReviewThreshold, "reviewThreshold");
        if (s.ReviewThreshold > s.MatchThreshold) throw new LinkageException("reviewThreshold must not exceed matchThreshold.");
        if (s.MaxBlockSize < 2) throw new LinkageException("maxBlockSize must be at least 2.");
        if (s.USampleSize < 100) throw new LinkageException("uSampleSize must be at least 100.");
        if (s.EmIterations < 1) throw new LinkageException("emIterations must be at least 1.");
        OneOf(s.DependentFields, "dependentFields", "combine", "warn", "ignore");
        if (s.LinkType is not null) OneOf(s.LinkType, "linkType", "dedupe", "link", "link-and-dedupe");
        OneOf(s.Clustering.Method, "clustering.method", "components", "no-chaining");
        if (!(s.Clustering.MinSupport is >= 0 and <= 1)) throw new LinkageException("clustering.minSupport must lie between 0 and 1.");
        if (s.Clustering.MaxClusterSize < 0) throw new LinkageException("clustering.maxClusterSize must be 0 (no limit) or more.");
    }

    // Settings built in code skip the schema: the same names are checked here.
    private static void OneOf(string value, string path, params string[] allowed)
    {
        if (allowed.Contains(value, StringComparer.Ordinal)) return;
        var problem = SettingsProblem.UnknownName(path, value, allowed);
        throw new LinkageException(problem.Code, problem.Message, problem.Arguments);
    }

    private static void Range(double v, string name)
    {
        if (!(v > 0 && v < 1)) throw new LinkageException($"{name} must lie strictly between 0 and 1 (was {v}).");
    }
}
