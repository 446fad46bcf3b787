using System.Globalization;

namespace FocalPoint.Risk.Profiles;

/// <summary>
/// Refuses profiles that are empty, contradictory or can never fire, with the reason. A profile fires when the
/// weights of its fired indicators reach the threshold, so two indicators that exclude each other (crossing point A,
/// crossing point B) are fine as alternatives and wrong only when the threshold needs both.
/// </summary>
public static class ProfileValidator
{
    /// <summary>Every problem found; empty when the profile may be approved.</summary>
    public static IReadOnlyList<ProfileProblem> Validate(RiskProfile profile)
    {
        var problems = new List<ProfileProblem>();
        if (string.IsNullOrWhiteSpace(profile.Name) || profile.ValidTo < profile.ValidFrom)
            problems.Add(new(ProfileProblemCode.BadHeader, "The profile needs a name and a validity that ends on or after it starts.", []));
        if (profile.Indicators.Count == 0)
        {
            problems.Add(new(ProfileProblemCode.Empty, "The profile has no indicators: it would never select anything.", []));
            return problems;
        }
        if (profile.Threshold <= 0)
            problems.Add(new(ProfileProblemCode.HitsEverything, "A threshold of zero or less selects every record; set it above zero.", []));
        for (var i = 0; i < profile.Indicators.Count; i++)
        {
            var problem = CheckIndicator(profile.Indicators[i], i);
            if (problem is not null) problems.Add(problem);
        }
        if (problems.Count > 0) return problems;
        CheckReachable(profile, problems);
        return problems;
    }

    private static ProfileProblem? CheckIndicator(Indicator x, int i)
    {
        if (x.Weight <= 0 || double.IsNaN(x.Weight) || double.IsInfinity(x.Weight))
            return new(ProfileProblemCode.BadIndicator, $"Indicator {i + 1} needs a weight above zero.", [i]);
        if (string.IsNullOrWhiteSpace(x.Explanation))
            return new(ProfileProblemCode.BadIndicator, $"Indicator {i + 1} needs an explanation for the officer.", [i]);
        var never = x.Kind switch
        {
            IndicatorKind.TimeOfDay when x.From == x.To || x.From is < 0 or > 23 || x.To is < 0 or > 24 => "its hours must lie in 0-24 and the window must not be empty",
            IndicatorKind.RepeatedVisits when x.From < 2 || x.To < 1 => "it needs at least 2 visits within at least 1 day",
            IndicatorKind.WatchListPerson or IndicatorKind.WatchListVehicle when x.MinSimilarity is <= 0 or > 1 => "its similarity must lie in (0, 1]",
            IndicatorKind.Direction when Values(x).Any(v => v is not ("ENTRY" or "EXIT")) => "a direction is 'entry' or 'exit'",
            _ when (x.IsSingleValued || x.Kind == IndicatorKind.CargoWord) && Values(x).Count == 0 => "it lists no values",
            _ => null,
        };
        return never is null ? null : new(ProfileProblemCode.IndicatorNeverFires, $"Indicator {i + 1} can never fire: {never}.", [i]);
    }

    // The most a single record can score: single-valued fields contribute the best value's indicators only, hours the
    // best hour's; everything else can fire together.
    private static void CheckReachable(RiskProfile profile, List<ProfileProblem> problems)
    {
        var list = profile.Indicators;
        var total = list.Sum(x => x.Weight);
        if (total < profile.Threshold - ScoreRounding.Margin)
        {
            problems.Add(new(ProfileProblemCode.NeverFires, Text($"The weights add up to {total:0.##}, below the threshold {profile.Threshold:0.##}: the profile can never fire."), []));
            return;
        }
        var best = 0.0;
        var exclusive = new List<(int, int)>();
        foreach (var group in list.Select((x, i) => (x, i)).GroupBy(p => p.x.Kind))
        {
            var members = group.ToList();
            if (group.Key == IndicatorKind.TimeOfDay)
                best += Enumerable.Range(0, 24).Max(h => members.Where(m => m.x.CoversHour(h)).Sum(m => m.x.Weight));
            else if (members[0].x.IsSingleValued)
                best += members.SelectMany(m => Values(m.x)).Distinct().Max(v => members.Where(m => Values(m.x).Contains(v)).Sum(m => m.x.Weight));
            else
                best += members.Sum(m => m.x.Weight);
            if (group.Key == IndicatorKind.TimeOfDay || members[0].x.IsSingleValued)
                exclusive.AddRange(ExclusivePairs(members));
        }
        if (best >= profile.Threshold - ScoreRounding.Margin) return;
        var pairs = string.Join("; ", exclusive.Select(p => Text($"{p.Item1 + 1} and {p.Item2 + 1}")));
        problems.Add(new(ProfileProblemCode.Contradictory,
            Text($"Indicators {pairs} exclude each other (a record has one value of each field), so a record scores at most {best:0.##}, below the threshold {profile.Threshold:0.##}."),
            [.. exclusive.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct()]));
    }

    private static IEnumerable<(int, int)> ExclusivePairs(List<(Indicator x, int i)> members)
    {
        for (var a = 0; a < members.Count; a++)
        {
            for (var b = a + 1; b < members.Count; b++)
            {
                var (x, y) = (members[a].x, members[b].x);
                var overlap = x.Kind == IndicatorKind.TimeOfDay
                    ? Enumerable.Range(0, 24).Any(h => x.CoversHour(h) && y.CoversHour(h))
                    : Values(x).Overlaps(Values(y));
                if (!overlap) yield return (members[a].i, members[b].i);
            }
        }
    }

    private static HashSet<string> Values(Indicator x) =>
        (x.Values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
