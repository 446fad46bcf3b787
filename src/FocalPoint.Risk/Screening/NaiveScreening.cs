using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Screening;

/// <summary>
/// The straightforward evaluation the benchmark measures against: every indicator of every profile tested in turn,
/// every watch-list entry compared with every name and plate, nothing indexed or remembered. Same rules, same answer
/// (the tests hold it to that); only the cost differs.
/// </summary>
internal sealed class NaiveScreening(ScreeningPlan plan, WatchListIndex watch)
{
    private readonly TravelHistory history = new(plan.HistoryDays);
    private readonly List<(WatchEntry Entry, string Key)> entries = [.. watch.Entries];

    /// <summary>Profiles hit and watch-list matches of one record.</summary>
    public (int Profiles, int Matches) Screen(CrossingRecord r)
    {
        var plate = NameKey.Plate(r.Plate);
        var before = plate.Length > 0 && plan.NeedsHistory ? history.Before(plate, r.Time) : null;
        var matches = Matches(r, plate);
        var hits = 0;
        foreach (var p in plan.Profiles)
        {
            var score = p.Indicators.Where(x => Fires(x, r, before, matches)).Sum(x => x.Weight);
            if (score >= p.Threshold) hits++;
        }
        if (before is not null) TravelHistory.Record(before, r.Time, r.Direction);
        return (hits, matches.Count);
    }

    private List<WatchMatch> Matches(CrossingRecord r, string plate)
    {
        var found = new List<WatchMatch>();
        var floor = watch.Options.MinSimilarity;
        var names = r.Persons.Select(p => (NameKey.Person(p.Name), p.BirthDate)).ToList();
        foreach (var (entry, key) in entries)
        {
            var slot = new WatchListIndex.Slot(entry, key, entry.Kind == WatchKind.Person ? NameKey.Words(key) : [], []);
            if (entry.Kind == WatchKind.Vehicle)
            {
                if (plate.Length > 0 && WatchListIndex.Score(slot, plate, null, "plate", floor) is { } m) found.Add(m);
                continue;
            }
            for (var i = 0; i < names.Count; i++)
            {
                if (WatchListIndex.Score(slot, names[i].Item1, names[i].BirthDate, "person", floor) is { } m) found.Add(m);
            }
        }
        return found;
    }

    private static bool Fires(Indicator x, CrossingRecord r, List<long>? before, List<WatchMatch> matches) => x.Kind switch
    {
        IndicatorKind.CrossingPoint => In(x, r.CrossingPoint),
        IndicatorKind.Direction => In(x, r.Direction == Direction.Entry ? "entry" : "exit"),
        IndicatorKind.OriginCountry => In(x, r.OriginCountry),
        IndicatorKind.PlateCountry => In(x, r.PlateCountry),
        IndicatorKind.VehicleType => In(x, r.VehicleType),
        IndicatorKind.CargoWord => CargoText.Words(r.Cargo).Any(w => (x.Values ?? []).Any(v => CargoText.Fold(v) == w)),
        IndicatorKind.TimeOfDay => x.CoversHour(r.Time.Hour),
        IndicatorKind.SameDayReturn => before is not null && TravelHistory.SameDayReturn(before, r.Time, r.Direction),
        IndicatorKind.RepeatedVisits => before is not null && TravelHistory.Count(before, r.Time, r.Direction, x.To) >= x.From,
        IndicatorKind.WatchListPerson => matches.Any(m => m.Entry.Kind == WatchKind.Person && m.Similarity >= x.MinSimilarity),
        IndicatorKind.WatchListVehicle => matches.Any(m => m.Entry.Kind == WatchKind.Vehicle && m.Similarity >= x.MinSimilarity),
        _ => false,
    };

    private static bool In(Indicator x, string value) =>
        value.Length > 0 && (x.Values ?? []).Any(v => v.Trim().Equals(value, StringComparison.OrdinalIgnoreCase));
}
