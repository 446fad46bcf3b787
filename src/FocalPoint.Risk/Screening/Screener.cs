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
    // Per profile, its fired indicators as a chain through `next` (first, last, count): a hit's reasons are read
    // without scanning every indicator that fired for every other profile.
    private readonly List<int> next = [];
    private readonly int[] firstFired, lastFired, firedCount;
    private readonly Dictionary<string, (string[] Words, NameCandidateSet Candidates)> nameMemo = new(StringComparer.Ordinal);
    // Travellers cross again and again: a name with its birth date is matched once per run.
    private readonly Dictionary<(string Name, DateOnly? Born), IReadOnlyList<WatchMatch>> personMemo = [];
    private readonly Dictionary<string, IReadOnlyList<WatchMatch>> plateMemo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<Contribution>[] Lists, ProfileWeights[] Weights)> cargoMemo = new(StringComparer.Ordinal);
    private long sequence = -1;
    // Two passes: scores alone for every record, then the reasons only for the few records that hit.
    private readonly FirstPassScores first;
    // The record the second pass is scoring: a profile whose stamp differs has not been touched for it yet.
    private long mark;
    // The travel patterns of the current record, read once (reading them records the crossing in the history).
    private bool hasPatterns, sameDayNow;
    private readonly int[] repeatedNow;

    /// <summary>A screener over a compiled plan; <paramref name="watch"/> may be null when no watch-list is screened.</summary>
    public Screener(ScreeningPlan plan, WatchListIndex? watch, ScreeningOptions options)
    {
        this.plan = plan;
        this.watch = watch;
        control = new ControlDraw(options.ControlRate, options.ControlSeed);
        history = new TravelHistory(plan.HistoryDays);
        first = new FirstPassScores(plan.Thresholds);
        scores = new double[plan.Profiles.Count];
        stamps = new long[plan.Profiles.Count];
        Array.Fill(stamps, long.MinValue);
        repeatedNow = new int[plan.Repeated.Count];
        (firstFired, lastFired, firedCount) = (new int[plan.Profiles.Count], new int[plan.Profiles.Count], new int[plan.Profiles.Count]);
    }

    /// <summary>Records screened so far.</summary>
    public long Screened => sequence + 1;

    /// <summary>Screens the next record of the stream; null when it is neither a hit nor drawn for control.</summary>
    public ScreeningHit? Screen(CrossingRecord record) => Screen(record, ++sequence);

    /// <summary>Screens a record whose position in the stream the caller keeps (partitioned runs).</summary>
    public ScreeningHit? Screen(CrossingRecord record, long position) => Screen(record, position, PlateKey(record));

    /// <summary>
    /// Screens a record whose plate the caller has already normalised with <see cref="PlateKey"/> (a parallel run
    /// routes records by it, and so need not normalise it twice).
    /// </summary>
    public ScreeningHit? Screen(CrossingRecord record, long position, string plateKey)
    {
        sequence = Math.Max(sequence, position);
        hasPatterns = plan.NeedsHistory && plateKey.Length > 0;
        if (hasPatterns) ReadPatterns(record, plateKey);
        var matches = MatchWatchList(record, plateKey);
        var profileHits = FirstPassReachesAThreshold(record, matches) ? Detailed(record, matches, position) : [];
        var isControl = control.Selects(record.Id);
        return profileHits.Count > 0 || matches.Count > 0 || isControl
            ? new ScreeningHit(position, record, profileHits, matches, isControl)
            : null;
    }

    /// <summary>The plate as the travel history and the watch-list know it; empty when the record has none.</summary>
    public static string PlateKey(CrossingRecord record) => record.Plate.Length == 0 ? string.Empty : NameKey.Plate(record.Plate);

    // The first pass: every indicator that fires adds its weight, nothing else is kept.
    private bool FirstPassReachesAThreshold(CrossingRecord record, IReadOnlyList<WatchMatch> matches)
    {
        first.Clear();
        var fields = plan.FieldWeights;
        AddWeights(fields[0], record.CrossingPoint);
        AddWeights(fields[1], record.Direction == Direction.Entry ? "entry" : "exit");
        AddWeights(fields[2], record.OriginCountry);
        AddWeights(fields[3], record.PlateCountry);
        AddWeights(fields[4], record.VehicleType);
        if (plan.HourWeights[record.Time.Hour] is { } hour) first.Add(hour);
        if (plan.HasCargo && record.Cargo.Length > 0)
        {
            foreach (var word in CargoIndicators(record.Cargo).Weights) first.Add(word);
        }
        if (hasPatterns)
        {
            if (sameDayNow) foreach (var c in plan.SameDay) first.Add(c.Profile, c.Weight);
            for (var k = 0; k < repeatedNow.Length; k++)
            {
                if (repeatedNow[k] >= plan.Repeated[k].Visits) first.Add(plan.Repeated[k].C.Profile, plan.Repeated[k].C.Weight);
            }
        }
        if (matches.Count > 0)
        {
            foreach (var (min, c) in plan.WatchPersons) if (BestMatch(matches, WatchKind.Person, min) is not null) first.Add(c.Profile, c.Weight);
            foreach (var (min, c) in plan.WatchVehicles) if (BestMatch(matches, WatchKind.Vehicle, min) is not null) first.Add(c.Profile, c.Weight);
        }
        return first.AnyAtThreshold();
    }

    private void AddWeights(Dictionary<string, ProfileWeights> index, string value)
    {
        if (index.Count > 0 && value.Length > 0 && index.TryGetValue(value, out var weights)) first.Add(weights);
    }

    private void ScoreFields(CrossingRecord record)
    {
        var fields = plan.Fields;
        Add(fields[0], record.CrossingPoint, "crossing point");
        Add(fields[1], record.Direction == Direction.Entry ? "entry" : "exit", "direction");
        Add(fields[2], record.OriginCountry, "origin");
        Add(fields[3], record.PlateCountry, "plate country");
        Add(fields[4], record.VehicleType, "vehicle type");
        if (plan.Hours[record.Time.Hour].Count > 0)
            Add(plan.Hours[record.Time.Hour], "crossed at (UTC)", record.Time.ToString("HH:mm", CultureInfo.InvariantCulture));
        if (plan.HasCargo && record.Cargo.Length > 0)
        {
            foreach (var list in CargoIndicators(record.Cargo).Lists) Add(list, "declared cargo");
        }
    }

    // The second pass, for a record that hits: the scoring again, now keeping what fired and why.
    private List<ProfileHit> Detailed(CrossingRecord record, IReadOnlyList<WatchMatch> matches, long position)
    {
        touched.Clear();
        fired.Clear();
        next.Clear();
        mark = position;
        ScoreFields(record);
        ScorePatterns();
        if (matches.Count > 0) ScoreWatch(matches);
        return Collect();
    }

    private void Add(Dictionary<string, List<Contribution>> index, string value, string label)
    {
        if (index.Count == 0 || value.Length == 0 || !index.TryGetValue(value, out var list)) return;
        Add(list, label, value);
    }

    private void Add(List<Contribution> list, string label, string? value = null)
    {
        foreach (var c in list) Fire(c, label, value);
    }

    private void Fire(Contribution c, string label, string? value = null, double number = 0)
    {
        var at = fired.Count;
        fired.Add((c, label, value, number));
        next.Add(-1);
        if (stamps[c.Profile] != mark)
        {
            stamps[c.Profile] = mark;
            scores[c.Profile] = 0;
            touched.Add(c.Profile);
            (firstFired[c.Profile], firedCount[c.Profile]) = (at, 0);
        }
        else
        {
            next[lastFired[c.Profile]] = at;
        }
        lastFired[c.Profile] = at;
        firedCount[c.Profile]++;
        scores[c.Profile] += c.Weight;
    }

    // The cargo words that are indicators, read once per distinct declaration.
    private (List<Contribution>[] Lists, ProfileWeights[] Weights) CargoIndicators(string cargo)
    {
        if (!cargoMemo.TryGetValue(cargo, out var words))
        {
            var known = CargoText.Words(cargo).Distinct().Where(plan.CargoWords.ContainsKey).ToList();
            words = ([.. known.Select(w => plan.CargoWords[w])], [.. known.Select(w => plan.CargoWordWeights[w])]);
            if (cargoMemo.Count >= MemoLimit) cargoMemo.Clear();
            cargoMemo[cargo] = words;
        }
        return words;
    }

    // Reads the vehicle's earlier crossings once per record, then records this one.
    private void ReadPatterns(CrossingRecord r, string plateKey)
    {
        var before = history.Before(plateKey, r.Time);
        sameDayNow = plan.SameDay.Count > 0 && TravelHistory.SameDayReturn(before, r.Time, r.Direction);
        for (var k = 0; k < repeatedNow.Length; k++) repeatedNow[k] = TravelHistory.Count(before, r.Time, r.Direction, plan.Repeated[k].Days);
        TravelHistory.Record(before, r.Time, r.Direction);
    }

    private void ScorePatterns()
    {
        if (!hasPatterns) return;
        if (sameDayNow) Add(plan.SameDay, "returned the same day");
        for (var k = 0; k < repeatedNow.Length; k++)
        {
            var (visits, days, c) = plan.Repeated[k];
            if (repeatedNow[k] >= visits) Fire(c, "crossings this way within days", days.ToString(CultureInfo.InvariantCulture), repeatedNow[k]);
        }
    }

    private void ScoreWatch(IReadOnlyList<WatchMatch> matches)
    {
        foreach (var (min, c) in plan.WatchPersons)
        {
            if (BestMatch(matches, WatchKind.Person, min) is { } best) Fire(c, "matches a watch-listed person", best.Field, best.Similarity);
        }
        foreach (var (min, c) in plan.WatchVehicles)
        {
            if (BestMatch(matches, WatchKind.Vehicle, min) is { } best) Fire(c, "matches a watch-listed vehicle", "plate", best.Similarity);
        }
    }

    // Matches come sorted by similarity, best first.
    private static WatchMatch? BestMatch(IReadOnlyList<WatchMatch> matches, WatchKind kind, double min)
    {
        for (var i = 0; i < matches.Count; i++) if (matches[i].Entry.Kind == kind && matches[i].Similarity >= min) return matches[i];
        return null;
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
            if (!personMemo.TryGetValue((p.Name, p.BirthDate), out var found))
            {
                found = MatchPerson(p);
                if (personMemo.Count >= MemoLimit) personMemo.Clear();
                personMemo[(p.Name, p.BirthDate)] = found;
            }
            for (var k = 0; k < found.Count; k++) (all ??= []).Add(found[k] with { Field = PersonField(i) });
        }
        if (all is null) return [];
        all.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return all;
    }

    private IReadOnlyList<WatchMatch> MatchPerson(CrossingPerson p)
    {
        if (!nameMemo.TryGetValue(p.Name, out var name))
        {
            var words = NameKey.Words(NameKey.Person(p.Name));
            name = (words, watch!.Candidates(words));
            if (nameMemo.Count >= MemoLimit) nameMemo.Clear();
            nameMemo[p.Name] = name;
        }
        if (name.Words.Length == 0 || (name.Candidates.All.Length == 0 && p.BirthDate is null)) return [];
        return watch!.WithBirthDate(name.Candidates, name.Words, p.BirthDate, "person");
    }

    private List<ProfileHit> Collect()
    {
        var hits = new List<ProfileHit>(0);
        foreach (var p in touched)
        {
            if (scores[p] < plan.Thresholds[p]) continue;
            var profile = plan.Profiles[p];
            var reasons = new List<FiredIndicator>(firedCount[p]);
            for (var i = firstFired[p]; i >= 0; i = next[i])
            {
                var (c, label, value, number) = fired[i];
                var indicator = profile.Indicators[c.Indicator];
                reasons.Add(new FiredIndicator(c.Indicator, indicator.Kind, c.Weight, indicator.Explanation, Detail(label, value, number)));
            }
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
