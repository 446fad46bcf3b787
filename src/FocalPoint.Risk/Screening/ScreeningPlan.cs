using System.Globalization;
using FocalPoint.Risk.Profiles;

namespace FocalPoint.Risk.Screening;

/// <summary>One indicator's share of one profile's score.</summary>
internal readonly record struct Contribution(int Profile, int Indicator, double Weight);

/// <summary>A profile left out of a run, and why (stale, not yet valid, refused by validation).</summary>
public sealed record SkippedProfile(string ProfileId, int Version, string Name, string Reason);

/// <summary>
/// The active profiles compiled into inverted indexes: from each field value, hour or cargo word straight to the
/// profile indicators it fires, so a record costs a few look-ups instead of every indicator of every profile.
/// Immutable: a run keeps the plan (and so the profile versions) it started with, whatever is edited meanwhile.
/// </summary>
public sealed class ScreeningPlan
{
    private ScreeningPlan(IReadOnlyList<RiskProfile> profiles, IReadOnlyList<SkippedProfile> skipped, DateOnly day)
    {
        Profiles = profiles;
        Skipped = skipped;
        Day = day;
        for (var f = 0; f < Fields.Length; f++) Fields[f] = new(StringComparer.OrdinalIgnoreCase);
        for (var h = 0; h < 24; h++) Hours[h] = [];
        for (var p = 0; p < profiles.Count; p++)
        {
            for (var i = 0; i < profiles[p].Indicators.Count; i++) Index(profiles[p].Indicators[i], new Contribution(p, i, profiles[p].Indicators[i].Weight));
        }
        Thresholds = [.. profiles.Select(p => p.Threshold)];
        var width = FirstPassScores.WidthFor(profiles.Count);
        for (var f = 0; f < Fields.Length; f++) FieldWeights[f] = Fields[f].ToDictionary(e => e.Key, e => ProfileWeights.From(e.Value, width), StringComparer.OrdinalIgnoreCase);
        for (var h = 0; h < 24; h++) HourWeights[h] = Hours[h].Count == 0 ? null : ProfileWeights.From(Hours[h], width);
        CargoWordWeights = CargoWords.ToDictionary(e => e.Key, e => ProfileWeights.From(e.Value, width), StringComparer.Ordinal);
    }

    /// <summary>The profiles screened, in the order hits refer to them.</summary>
    public IReadOnlyList<RiskProfile> Profiles { get; }

    /// <summary>Profiles not screened, with the reason the run reports.</summary>
    public IReadOnlyList<SkippedProfile> Skipped { get; }

    /// <summary>The day the plan was built for (validity is judged on it).</summary>
    public DateOnly Day { get; }

    internal double[] Thresholds { get; }
    internal Dictionary<string, List<Contribution>>[] Fields { get; } = new Dictionary<string, List<Contribution>>[5];
    internal List<Contribution>[] Hours { get; } = new List<Contribution>[24];
    internal Dictionary<string, List<Contribution>> CargoWords { get; } = new(StringComparer.Ordinal);
    internal List<Contribution> SameDay { get; } = [];
    internal List<(int Visits, int Days, Contribution C)> Repeated { get; } = [];
    internal List<(double Min, Contribution C)> WatchPersons { get; } = [];
    internal List<(double Min, Contribution C)> WatchVehicles { get; } = [];
    internal bool HasCargo => CargoWords.Count > 0;

    // The same indexes as whole weights per value, for the first pass (which only needs the scores).
    internal Dictionary<string, ProfileWeights>[] FieldWeights { get; } = new Dictionary<string, ProfileWeights>[5];
    internal ProfileWeights?[] HourWeights { get; } = new ProfileWeights?[24];
    internal Dictionary<string, ProfileWeights> CargoWordWeights { get; }

    /// <summary>Days of travel history the patterns need.</summary>
    internal int HistoryDays => Math.Max(1, Repeated.Count == 0 ? 1 : Repeated.Max(r => r.Days));

    internal bool NeedsHistory => SameDay.Count > 0 || Repeated.Count > 0;

    /// <summary>
    /// Compiles the profiles that screen on <paramref name="day"/>: valid on that day and passing validation. The
    /// others are listed in <see cref="Skipped"/> with the reason, so a stale profile says that it stopped.
    /// </summary>
    public static ScreeningPlan Build(IEnumerable<RiskProfile> profiles, DateOnly day)
    {
        var active = new List<RiskProfile>();
        var skipped = new List<SkippedProfile>();
        foreach (var p in profiles)
        {
            var problems = ProfileValidator.Validate(p);
            var reason = problems.Count > 0 ? "refused: " + problems[0].Message
                : day > p.ValidTo ? string.Create(CultureInfo.InvariantCulture, $"stale: its validity ended on {p.ValidTo:yyyy-MM-dd}; review and approve a new version")
                : day < p.ValidFrom ? string.Create(CultureInfo.InvariantCulture, $"not yet valid: it screens from {p.ValidFrom:yyyy-MM-dd}")
                : null;
            if (reason is null) active.Add(p);
            else skipped.Add(new SkippedProfile(p.Id, p.Version, p.Name, reason));
        }
        return new ScreeningPlan(active, skipped, day);
    }

    internal static int FieldIndex(IndicatorKind kind) => kind switch
    {
        IndicatorKind.CrossingPoint => 0,
        IndicatorKind.Direction => 1,
        IndicatorKind.OriginCountry => 2,
        IndicatorKind.PlateCountry => 3,
        IndicatorKind.VehicleType => 4,
        _ => -1,
    };

    private void Index(Indicator x, Contribution c)
    {
        switch (x.Kind)
        {
            case var k when FieldIndex(k) >= 0:
                foreach (var v in Distinct(x.Values)) Bucket(Fields[FieldIndex(k)], v).Add(c);
                break;
            case IndicatorKind.TimeOfDay:
                for (var h = 0; h < 24; h++) if (x.CoversHour(h)) Hours[h].Add(c);
                break;
            case IndicatorKind.CargoWord:
                foreach (var v in Distinct(x.Values).Select(CargoText.Fold)) Bucket(CargoWords, v).Add(c);
                break;
            case IndicatorKind.SameDayReturn: SameDay.Add(c); break;
            case IndicatorKind.RepeatedVisits: Repeated.Add((x.From, x.To, c)); break;
            case IndicatorKind.WatchListPerson: WatchPersons.Add((x.MinSimilarity, c)); break;
            case IndicatorKind.WatchListVehicle: WatchVehicles.Add((x.MinSimilarity, c)); break;
        }
    }

    private static IEnumerable<string> Distinct(IReadOnlyList<string>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);

    private static List<Contribution> Bucket(Dictionary<string, List<Contribution>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
