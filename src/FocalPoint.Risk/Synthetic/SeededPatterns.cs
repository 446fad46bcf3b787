using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Synthetic;

/// <summary>
/// The three trafficking patterns seeded into synthetic traffic, each with the profile meant to find it: a car doing
/// same-day returns at a southern crossing, a plate linked to a seizure (crossing with two characters swapped), and a
/// known courier (travelling under another spelling of his name, at night).
/// </summary>
internal sealed class SeededPatterns
{
    public const string ReturnsProfile = "S1", SeizureProfile = "S2", CourierProfile = "S3";
    private static readonly CrossingPerson Courier = new("KRASNIĆI Agim", new DateOnly(1979, 4, 2), "P0000013");
    private readonly TrafficSpec spec;
    private readonly List<string> returns = [], seizure = [], courier = [];

    public SeededPatterns(TrafficSpec spec)
    {
        this.spec = spec;
        foreach (var d in Days)
        {
            returns.Add($"S1-{d}-in");
            seizure.Add($"S2-{d}");
            courier.Add($"S3-{d}");
        }
    }

    // Every other day, four times at most, within the span.
    private IEnumerable<int> Days => Enumerable.Range(0, 4).Select(i => i * 2).Where(d => d < spec.Days);

    public IReadOnlyList<SeededPattern> Patterns =>
    [
        new("same-day returns", ReturnsProfile, returns),
        new("plate linked to a seizure", SeizureProfile, seizure),
        new("known courier", CourierProfile, courier),
    ];

    public IEnumerable<WatchEntry> WatchEntries() =>
    [
        new("seizure-plate", WatchKind.Vehicle, "03-456-KX", null, "seizure"),
        new("courier", WatchKind.Person, "Agim Krasniqi", Courier.BirthDate, "courier"),
    ];

    public IEnumerable<RiskProfile> Profiles()
    {
        var (from, to) = (spec.Start.AddDays(-10), spec.Start.AddDays(spec.Days + 60));
        yield return new(ReturnsProfile, 1, "Same-day returns at the southern crossings", 3,
        [
            Indicator.SameDay(2, "Out and back within a day: a courier's run, not a visit"),
            Indicator.OneOf(IndicatorKind.CrossingPoint, 1, "Southern crossings on the ammunition route", "HAN", "GLL", "STA"),
        ], from, to);
        yield return new(SeizureProfile, 1, "Vehicle linked to a firearms incident", 3,
            [Indicator.Watch(IndicatorKind.WatchListVehicle, 0.9, 3, "The plate matches a vehicle in a firearms seizure")], from, to);
        yield return new(CourierProfile, 1, "Known courier", 3,
            [Indicator.Watch(IndicatorKind.WatchListPerson, 0.9, 3, "A traveller matches a person in firearms incidents")], from, to);
    }

    /// <summary>The seeded records of one day, in time order.</summary>
    public List<CrossingRecord> On(int d, DateTime day)
    {
        var list = new List<CrossingRecord>();
        if (!Days.Contains(d)) return list;
        CrossingRecord At(string id, double hours, string point, Direction way, string plate, string country, string type, string origin, CrossingPerson person) =>
            new(id, day.AddMinutes(Math.Round(hours * 60)), point, way, plate, country, type, origin, "personal luggage", [person]);
        var driver = new CrossingPerson("Besnik Morina", new DateOnly(1985, 11, 3), "P0000007");
        list.Add(At($"S1-{d}-out", 7.5, "HAN", Direction.Exit, "04777KM", "XK", "car", "XK", driver));
        list.Add(At($"S1-{d}-in", 18.75, "HAN", Direction.Entry, "04777KM", "XK", "car", "MK", driver));
        list.Add(At($"S2-{d}", 11.2, "MER", Direction.Entry, "03465KX", "XK", "van", "RS", new CrossingPerson("Dejan Ilić", new DateOnly(1990, 2, 1), "P0000009")));
        list.Add(At($"S3-{d}", 2.25, "JAR", Direction.Entry, "WE2024K", "DE", "van", "DE", Courier));
        list.Sort((a, b) => a.Time.CompareTo(b.Time));
        return list;
    }
}
