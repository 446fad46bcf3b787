using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Synthetic;

/// <summary>What to generate: traffic volume and span, watch-list and profile counts, the seed.</summary>
/// <param name="Records">Crossing records in all.</param>
/// <param name="Days">Days the traffic spans, from <paramref name="Start"/>.</param>
/// <param name="Start">First day.</param>
/// <param name="WatchListSize">Watch-list entries (persons and plates, half each), seeded ones included.</param>
/// <param name="Profiles">Profiles; the seeded patterns' own profiles come first.</param>
/// <param name="Seed">Seed of every random choice.</param>
public sealed record TrafficSpec(long Records, int Days, DateOnly Start, int WatchListSize, int Profiles, int Seed = 13);

/// <summary>A seeded pattern: what it is and the records that carry it, which screening must select.</summary>
public sealed record SeededPattern(string Name, string ProfileId, IReadOnlyList<string> RecordIds);

/// <summary>Generated traffic with its watch-list, profiles and seeded patterns.</summary>
/// <param name="Records">The records, generated lazily in time order (ten million never sit in memory).</param>
/// <param name="WatchList">The watch-list.</param>
/// <param name="Profiles">Approved profiles valid over the span.</param>
/// <param name="Patterns">The seeded trafficking patterns.</param>
/// <param name="CrossingPoints">Crossing point codes used.</param>
public sealed record TrafficScenario(
    IEnumerable<CrossingRecord> Records,
    IReadOnlyList<WatchEntry> WatchList,
    IReadOnlyList<RiskProfile> Profiles,
    IReadOnlyList<SeededPattern> Patterns,
    IReadOnlyList<string> CrossingPoints);
