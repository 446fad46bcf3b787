using System.Globalization;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Synthetic;

/// <summary>
/// Synthetic crossing traffic for benchmarks, tests and the demo: a population of vehicles and travellers crossing
/// the road crossing points day by day, with three seeded trafficking patterns (<see cref="SeededPatterns"/>), a
/// watch-list and profiles. Watch-listed plates other than the seeded ones use a foreign plate format, so clean
/// traffic meets them only by a namesake born the same day, as in life.
/// </summary>
public static class TrafficGenerator
{
    /// <summary>Road crossing points of the reference data.</summary>
    public static readonly string[] CrossingPoints = ["VER", "QPR", "QMO", "HAN", "GLL", "STA", "KUL", "MER", "JAR", "BER", "DHB", "MUT", "MUC"];

    internal static readonly string[] Countries = ["XK", "XK", "XK", "XK", "XK", "XK", "AL", "AL", "RS", "MK", "ME", "DE", "CH", "TR", "AT", "IT"];
    internal static readonly string[] VehicleTypes = ["car", "car", "car", "car", "car", "car", "van", "truck", "truck", "bus", "motorcycle"];
    internal static readonly string[] Cargo = ["", "", "", "", "personal luggage", "food products", "textiles", "building materials", "car parts", "tools", "furniture", "electronics", "agricultural produce", "medicines", "household goods"];

    /// <summary>Generates a scenario; the records are produced as they are enumerated, the same for the same spec.</summary>
    public static TrafficScenario Generate(TrafficSpec spec)
    {
        var seeded = new SeededPatterns(spec);
        var watch = seeded.WatchEntries().Concat(RandomWatchList(new Random(spec.Seed + 1), spec.WatchListSize - 2)).ToList();
        var profiles = seeded.Profiles().Concat(RandomProfiles(new Random(spec.Seed + 2), spec, spec.Profiles - 3)).ToList();
        return new TrafficScenario(Records(spec, seeded), watch, profiles, seeded.Patterns, CrossingPoints);
    }

    // Trips, not coin flips: a vehicle leaves (or, if foreign, arrives) and comes back through the same crossing
    // point one to ten days later; one trip in a hundred is a day trip (commuters, shoppers), the clean traffic a
    // same-day-return profile also meets.
    private static IEnumerable<CrossingRecord> Records(TrafficSpec spec, SeededPatterns seeded)
    {
        // The population is drawn only when the records are read, so a caller wanting only the watch-list and
        // profiles does not pay for it.
        var vehicles = Population.Vehicles(new Random(spec.Seed), (int)Math.Clamp(spec.Records / spec.Days * 5, 50, 4_000_000));
        var random = new Random(spec.Seed + 3);
        var perDay = spec.Records / spec.Days;
        var due = new Dictionary<int, List<(int Vehicle, long Ticks, Direction Way)>>();
        var awayUntil = new int[vehicles.Length];
        Array.Fill(awayUntil, -1);
        long n = 0;
        for (var d = 0; d < spec.Days; d++)
        {
            var count = d == spec.Days - 1 ? spec.Records - perDay * (spec.Days - 1) : perDay;
            var day = spec.Start.AddDays(d).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var today = due.Remove(d, out var returns) ? returns : [];
            var starts = Math.Max(0, count - today.Count);
            for (var i = 0; i < starts; i++)
            {
                var v = random.Next(vehicles.Length);
                for (var attempt = 0; attempt < 8 && awayUntil[v] >= d; attempt++) v = random.Next(vehicles.Length);
                var time = day.Ticks + Rush(random) * TimeSpan.TicksPerSecond;
                var way = vehicles[v].Country == "XK" ? Direction.Exit : Direction.Entry;
                today.Add((v, time, way));
                var back = way == Direction.Exit ? Direction.Entry : Direction.Exit;
                if (random.Next(100) == 0)
                {
                    var later = time + TimeSpan.TicksPerHour * random.Next(2, 8);
                    if (later < day.Ticks + TimeSpan.TicksPerDay) today.Add((v, later, back));
                    awayUntil[v] = d;
                    continue;
                }
                var k = d + random.Next(1, 11);
                awayUntil[v] = k;
                if (k >= spec.Days) continue;
                if (!due.TryGetValue(k, out var list)) due[k] = list = [];
                list.Add((v, spec.Start.AddDays(k).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks + Rush(random) * TimeSpan.TicksPerSecond, back));
            }
            today.Sort((a, b) => a.Ticks.CompareTo(b.Ticks));
            var extra = seeded.On(d, day);
            var e = 0;
            foreach (var (index, ticks, way) in today)
            {
                while (e < extra.Count && extra[e].Time.Ticks <= ticks) yield return extra[e++];
                var v = vehicles[index];
                yield return new CrossingRecord(Id(n++), new DateTime(ticks, DateTimeKind.Utc), v.Home, way, v.Plate, v.Country, v.Type,
                    v.Origin, Cargo[random.Next(Cargo.Length)], v.Persons);
            }
            while (e < extra.Count) yield return extra[e++];
        }
    }

    // More traffic by day than by night: a day fraction weighted towards 06:00-20:00, in whole seconds as records are.
    private static long Rush(Random random) => random.Next(5) == 0 ? random.Next(86_400) : 21_600 + random.Next(50_400);

    internal static string Id(long n) => "C" + n.ToString("D9", CultureInfo.InvariantCulture);

    private static IEnumerable<WatchEntry> RandomWatchList(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var id = "W" + i.ToString(CultureInfo.InvariantCulture);
            yield return i % 2 == 0
                ? new WatchEntry(id, WatchKind.Person, Population.Name(random), Population.BirthDate(random), "incident " + (i / 2))
                : new WatchEntry(id, WatchKind.Vehicle, Population.ForeignPlate(random), null, "incident " + (i / 2));
        }
    }

    private static IEnumerable<RiskProfile> RandomProfiles(Random random, TrafficSpec spec, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var from = random.Next(24);
            var indicators = new List<Indicator>
            {
                Indicator.OneOf(IndicatorKind.CrossingPoint, 1, "Route seen in recent seizures", CrossingPoints[random.Next(CrossingPoints.Length)], CrossingPoints[random.Next(CrossingPoints.Length)]),
                Indicator.OneOf(IndicatorKind.PlateCountry, 1, "Plate country of recent couriers", Countries[random.Next(6, Countries.Length)]),
                Indicator.OneOf(IndicatorKind.VehicleType, 1, "Vehicle type with hiding places", VehicleTypes[random.Next(VehicleTypes.Length)]),
                Indicator.Hours(from, (from + 3) % 24, 1, "Hours with short queues"),
            };
            if (random.Next(2) == 0) indicators.Add(Indicator.OneOf(IndicatorKind.CargoWord, 1, "Cargo that hides parts", "parts", "tools", "electronics"));
            yield return new RiskProfile("R" + (i + 1).ToString("D3", CultureInfo.InvariantCulture), 1, "Route profile " + (i + 1), indicators.Count,
                indicators, spec.Start.AddDays(-10), spec.Start.AddDays(spec.Days + 60));
        }
    }
}
