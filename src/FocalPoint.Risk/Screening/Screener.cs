using System.Globalization;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Screening;

/// <summary>
/// Screens crossing records one by one against a plan and the watch-list. Holds the travel history and the memo of
/// name and plate look-ups, so one screener serves one stream (or one vehicle partition of it) and is not shared
/// between threads.
/// </summary>
public sealed class Screener
{
    private const int MemoLimit = 1_000_000;
    private readonly ScreeningPlan plan;
    private readonly WatchListIndex? watch;
    private readonly ControlDraw control;
    private readonly TravelHistory history;
    private readonly double[] scores;
    private readonly long[] stamps;
    private readonly List<int> touched = [];
    // Details are rendered only for the records that hit: most records fire something and hit nothing.
    private readonly List<(Contribution C, string Label, string? Value, double Number)> fired = [];
    private readonly Dictionary<string, (string[] Words, (int Slot, double Similarity)[] Candidates)> nameMemo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<WatchMatch>> plateMemo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Contribution>[]> cargoMemo = new(StringComparer.Ordinal);
    private long sequence = -1;

    /// <summary>A screener over a compiled plan; <paramref name="watch"/> may be null when no watch-list is screened.</summary>
    public Screener(ScreeningPlan plan, WatchListIndex? watch, ScreeningOptions options)
    {
        this.plan = plan;
        this.watch = watch;
        control = new ControlDraw(options.ControlRate, options.ControlSeed);
        history = new TravelHistory(plan.HistoryDays);
        scores = new double[plan.Profiles.Count];
        stamps = new long[plan.Profiles.Count];
        Array.Fill(stamps, -1);
    }

    /// <summary>Records screened so far.</summary>
    public long Screened => sequence + 1;

    /// <summary>Screens the next record of the stream; null when it is neither a hit nor drawn for control.</summary>
    public ScreeningHit? Screen(CrossingRecord record) => Screen(record, ++sequence);

    /// <summary>Screens a record whose position in the stream the caller keeps (partitioned runs).</summary>
    public ScreeningHit? Screen(CrossingRecord record, long position)
    {
        sequence = Math.Max(sequence, position);
        touched.Clear();
        fired.Clear();
        var fields = plan.Fields;
        Add(fields[0], record.CrossingPoint, position, "crossing point");
        Add(fields[1], record.Direction == Direction.Entry ? "entry" : "exit", position, "direction");
        Add(fields[2], record.OriginCountry, position, "origin");
        Add(fields[3], record.PlateCountry, position, "plate country");
        Add(fields[4], record.VehicleType, position, "vehicle type");
        if (plan.Hours[record.Time.Hour].Count > 0) Add(plan.Hours[record.Time.Hour], position, "crossed at (UTC)", record.Time.ToString("HH:mm", CultureInfo.InvariantCulture));
        if (plan.HasCargo && record.Cargo.Length > 0) ScoreCargo(record.Cargo, position);
        var plateKey = record.Plate.Length == 0 ? string.Empty : NameKey.Plate(record.Plate);
        if (plan.NeedsHistory && plateKey.Length > 0) ScorePatterns(record, plateKey, position);
        var matches = MatchWatchList(record, plateKey);
        if (matches.Count > 0) ScoreWatch(matches, position);
        var profileHits = touched.Count == 0 ? [] : Collect();
        var isControl = control.Selects(record.Id);
        return profileHits.Count > 0 || matches.Count > 0 || isControl
            ? new ScreeningHit(position, record, profileHits, matches, isControl)
            : null;
    }

    private void Add(Dictionary<string, List<Contribution>> index, string value, long position, string label)
    {
        if (index.Count == 0 || value.Length == 0 || !index.TryGetValue(value, out var list)) return;
        Add(list, position, label, value);
    }

    private void Add(List<Contribution> list, long position, string label, string? value = null)
    {
        foreach (var c in list) Fire(c, position, label, value);
    }

    private void Fire(Contribution c, long position, string label, string? value = null, double number = 0)
    {
        if (stamps[c.Profile] != position)
        {
            stamps[c.Profile] = position;
            scores[c.Profile] = 0;
            touched.Add(c.Profile);
        }
        scores[c.Profile] += c.Weight;
        fired.Add((c, label, value, number));
    }

    private void ScoreCargo(string cargo, long position)
    {
        if (!cargoMemo.TryGetValue(cargo, out var lists))
        {
            lists = [.. CargoText.Words(cargo).Distinct().Select(w => plan.CargoWords.GetValueOrDefault(w)).OfType<List<Contribution>>()];
            if (cargoMemo.Count >= MemoLimit) cargoMemo.Clear();
            cargoMemo[cargo] = lists;
        }
        foreach (var list in lists) Add(list, position, "declared cargo");
    }

    private void ScorePatterns(CrossingRecord r, string plateKey, long position)
    {
        var before = history.Before(plateKey, r.Time);
        if (plan.SameDay.Count > 0 && TravelHistory.SameDayReturn(before, r.Time, r.Direction))
            Add(plan.SameDay, position, "returned the same day");
        foreach (var (visits, days, c) in plan.Repeated)
        {
            var n = TravelHistory.Count(before, r.Time, r.Direction, days);
            if (n >= visits) Fire(c, position, "crossings this way within days", days.ToString(CultureInfo.InvariantCulture), n);
        }
        TravelHistory.Record(before, r.Time, r.Direction);
    }

    private void ScoreWatch(IReadOnlyList<WatchMatch> matches, long position)
    {
        foreach (var (min, c) in plan.WatchPersons)
        {
            var best = matches.FirstOrDefault(m => m.Entry.Kind == WatchKind.Person && m.Similarity >= min);
            if (best is not null) Fire(c, position, "matches a watch-listed person", best.Field, best.Similarity);
        }
        foreach (var (min, c) in plan.WatchVehicles)
        {
            var best = matches.FirstOrDefault(m => m.Entry.Kind == WatchKind.Vehicle && m.Similarity >= min);
            if (best is not null) Fire(c, position, "matches a watch-listed vehicle", "plate", best.Similarity);
        }
    }

    private IReadOnlyList<WatchMatch> MatchWatchList(CrossingRecord r, string plateKey)
    {
        if (watch is null || watch.Count == 0) return [];
        List<WatchMatch>? all = null;
        if (plateKey.Length > 0)
        {
            if (!plateMemo.TryGetValue(plateKey, out var plates))
            {
                plates = watch.MatchPlate(plateKey);
                Remember(plateMemo, plateKey, plates);
            }
            if (plates.Count > 0) (all ??= []).AddRange(plates);
        }
        for (var i = 0; i < r.Persons.Count; i++)
        {
            var p = r.Persons[i];
            if (!nameMemo.TryGetValue(p.Name, out var name))
            {
                var words = NameKey.Words(NameKey.Person(p.Name));
                name = (words, words.Length == 0 ? [] : watch.NameCandidates(words));
                if (nameMemo.Count >= MemoLimit) nameMemo.Clear();
                nameMemo[p.Name] = name;
            }
            if (name.Candidates.Length == 0 && p.BirthDate is null) continue;
            if (name.Words.Length == 0) continue;
            var found = watch.WithBirthDate(name.Candidates, name.Words, p.BirthDate, "person");
            foreach (var m in found) (all ??= []).Add(m with { Field = PersonField(i) });
        }
        if (all is null) return [];
        all.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return all;
    }

    private List<ProfileHit> Collect()
    {
        var hits = new List<ProfileHit>(0);
        foreach (var p in touched)
        {
            if (scores[p] < plan.Thresholds[p]) continue;
            var profile = plan.Profiles[p];
            var reasons = fired.Where(f => f.C.Profile == p)
                .Select(f => new FiredIndicator(f.C.Indicator, profile.Indicators[f.C.Indicator].Kind, f.C.Weight, profile.Indicators[f.C.Indicator].Explanation, Detail(f.Label, f.Value, f.Number)))
                .ToList();
            hits.Add(new ProfileHit(profile.Id, profile.Version, profile.Name, scores[p], profile.Threshold, reasons));
        }
        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return hits;
    }

    private static string Detail(string label, string? value, double number) => label switch
    {
        "crossings this way within days" => string.Create(CultureInfo.InvariantCulture, $"{number} crossings this way within {value} days"),
        "matches a watch-listed person" or "matches a watch-listed vehicle" => string.Create(CultureInfo.InvariantCulture, $"{value} {label} ({number:0.00})"),
        _ => value is null ? label : $"{label} {value}",
    };

    private static string PersonField(int i) => i switch { 0 => "person 1", 1 => "person 2", 2 => "person 3", _ => string.Create(CultureInfo.InvariantCulture, $"person {i + 1}") };

    private static void Remember(Dictionary<string, IReadOnlyList<WatchMatch>> memo, string key, IReadOnlyList<WatchMatch> value)
    {
        if (memo.Count >= MemoLimit) memo.Clear();
        memo[key] = value;
    }
}
