using FocalPoint.Risk.Screening;
using FocalPoint.Risk.Synthetic;
using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Tests;

public class SyntheticTrafficTests
{
    private static readonly TrafficSpec Spec = new(Records: 40_000, Days: 8, Start: new DateOnly(2026, 3, 1), WatchListSize: 4_000, Profiles: 40);

    private static (List<ScreeningHit> Hits, ScreeningSummary Summary, TrafficScenario Scenario) Screen(int workers)
    {
        var scenario = TrafficGenerator.Generate(Spec);
        var plan = ScreeningPlan.Build(scenario.Profiles, Spec.Start);
        var hits = new List<ScreeningHit>();
        var summary = ScreeningRun.Run(scenario.Records, plan, new WatchListIndex(scenario.WatchList), new ScreeningOptions(0.01, Workers: workers), hits.Add);
        return (hits, summary, scenario);
    }

    [Fact]
    public void Run_SeededPatterns_AreAllFoundByTheirProfile()
    {
        var (hits, _, scenario) = Screen(workers: 1);
        var byId = hits.ToDictionary(h => h.Record.Id);

        foreach (var pattern in scenario.Patterns)
        {
            Assert.Equal(4, pattern.RecordIds.Count);
            foreach (var id in pattern.RecordIds)
                Assert.Contains(byId[id].Profiles, p => p.ProfileId == pattern.ProfileId);
        }
    }

    [Fact]
    public void Run_CleanTraffic_SeededProfilesSelectUnderHalfAPercent()
    {
        var (hits, summary, scenario) = Screen(workers: 1);
        var seededProfiles = scenario.Patterns.Select(p => p.ProfileId).ToHashSet();

        // What the three demo profiles select among clean records: day trippers at the southern crossings and
        // namesakes of watch-listed persons born the same day. The random route profiles are load, not advice.
        var clean = hits.Count(h => !h.Record.Id.StartsWith('S') && h.Profiles.Any(p => seededProfiles.Contains(p.ProfileId)));
        Assert.True(clean < summary.Records / 200, $"{clean} clean records selected out of {summary.Records}");
        Assert.InRange(summary.ControlChecks, summary.Records / 200, summary.Records / 50);
    }

    [Fact]
    public void Run_TwoWorkers_SelectExactlyWhatOneWorkerSelects()
    {
        static string Key(ScreeningHit h) => h.Record.Id + ":" + string.Join(",", h.Profiles.Select(p => p.ProfileId)) + ":" + h.WatchMatches.Count;

        var one = Screen(workers: 1).Hits.Select(Key).Order(StringComparer.Ordinal);
        var two = Screen(workers: 2).Hits.Select(Key).Order(StringComparer.Ordinal);

        Assert.Equal(one, two);
    }

    [Fact]
    public void Run_IndexedScreening_AgreesWithTheStraightforwardEvaluation()
    {
        var scenario = TrafficGenerator.Generate(Spec with { Records = 3_000, WatchListSize = 600 });
        var plan = ScreeningPlan.Build(scenario.Profiles, Spec.Start);
        var watch = new WatchListIndex(scenario.WatchList);
        var screener = new Screener(plan, watch, new ScreeningOptions(0));
        var naive = new NaiveScreening(plan, watch);

        foreach (var record in scenario.Records)
        {
            var hit = screener.Screen(record);
            Assert.Equal((hit?.Profiles.Count ?? 0, hit?.WatchMatches.Count ?? 0), naive.Screen(record));
        }
    }
}
