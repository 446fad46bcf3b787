using System.Text.Json;
using FocalPoint.Linkage.Comparison;
using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage;

/// <summary>
/// Every problem of a settings file at once, for `focalpoint link settings check` and for editors: the schema
/// (unknown keys with the nearest known one, types, ranges), then what a schema cannot say (known comparators and
/// normalisers, level order, thresholds in order, columns of an input).
/// </summary>
public static class SettingsCheck
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Checks settings JSON; with <paramref name="columns"/>, also that every named column exists. Empty when all is well.</summary>
    public static IReadOnlyList<SettingsProblem> Check(string json, IReadOnlyCollection<string>? columns = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<SettingsProblem>();
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            SettingsSchema.Check(document.RootElement, problems);
        }
        catch (JsonException e)
        {
            return [new SettingsProblem(LinkageErrorCodes.NotJson, "", $"The settings file is not valid JSON: {e.Message}", [e.Message])];
        }
        // Semantics too when the document still reads (an unknown key or a range fault), so one run lists everything.
        LinkageSettings settings;
        try
        {
            settings = LinkageSettings.Parse(json);
        }
        catch (LinkageException)
        {
            return problems;
        }
        Semantics(settings, problems);
        if (columns is not null && problems.Count == 0) Columns(settings, columns, problems);
        return problems;
    }

    private static void Semantics(LinkageSettings s, List<SettingsProblem> problems)
    {
        var comparators = ComparatorFactory.Names.ToArray();
        var normalisers = NormaliserRegistry.Known.ToArray();
        for (var i = 0; i < s.Comparisons.Count; i++)
        {
            var c = s.Comparisons[i];
            var at = $"comparisons[{i}]";
            if (!comparators.Contains(c.Comparator, StringComparer.OrdinalIgnoreCase))
                problems.Add(SettingsProblem.UnknownName($"{at}.comparator", c.Comparator, comparators));
            else if (ComparatorFactory.LevelProblem(c.Comparator, c.Levels, $"{at}.levels") is { } level) problems.Add(level);
            Normalisers(c.Normalisers, $"{at}.normalisers", normalisers, problems);
        }
        for (var r = 0; r < s.BlockingRules.Count; r++)
        {
            for (var k = 0; k < s.BlockingRules[r].Keys.Count; k++)
                Normalisers(s.BlockingRules[r].Keys[k].Normalisers, $"blockingRules[{r}].keys[{k}].normalisers", normalisers, problems);
        }
        if (s.ReviewThreshold > s.MatchThreshold)
        {
            problems.Add(SettingsProblem.OutOfRange("reviewThreshold", s.ReviewThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"at most matchThreshold ({s.MatchThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture)})"));
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in s.Comparisons.Where(c => !names.Add(c.DisplayName)))
            problems.Add(new SettingsProblem(LinkageErrorCodes.UnknownName, "comparisons", $"Two comparisons are named '{c.DisplayName}': give one a name.", ["comparisons", c.DisplayName]));
    }

    private static void Normalisers(List<string> names, string path, string[] known, List<SettingsProblem> problems)
    {
        for (var n = 0; n < names.Count; n++)
        {
            if (!NormaliserRegistry.IsKnown(names[n])) problems.Add(SettingsProblem.UnknownName($"{path}[{n}]", names[n], known));
        }
    }

    private static void Columns(LinkageSettings s, IReadOnlyCollection<string> columns, List<SettingsProblem> problems)
    {
        try
        {
            s.Validate(columns);
        }
        catch (LinkageException e)
        {
            problems.Add(new SettingsProblem(e.Code, "", e.Message, e.Arguments));
        }
    }
}
