using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Risk.Screening;
using FocalPoint.Risk.WatchList;
using static FocalPoint.Risk.Tests.TestData;

namespace FocalPoint.Risk.Tests;

public class ScreenerTests
{
    private static readonly ScreeningOptions NoControl = new(ControlRate: 0);

    private static readonly RiskProfile NightAmmunition = Profile("night", 3,
        Indicator.OneOf(IndicatorKind.CrossingPoint, 1, "Main route for ammunition from the south", "KS-MRD", "KS-JAR"),
        Indicator.Hours(22, 4, 1.5, "Couriers cross when queues are short"),
        Indicator.OneOf(IndicatorKind.CargoWord, 1, "Cargo that hides cartridges", "tools", "Munición"));

    private static Screener Screener(params RiskProfile[] profiles) =>
        new(ScreeningPlan.Build(profiles, Today), new WatchListIndex([new("p1", WatchKind.Person, "Agim Krasniqi", null, "incident 7")]), NoControl);

    [Fact]
    public void Screen_IndicatorsReachThreshold_HitListsFiredIndicatorsWithWeights()
    {
        var hit = Screener(NightAmmunition).Screen(Crossing("c1", time: "2026-03-01T23:10:00Z", cargo: "Hand TOOLS, 3 boxes"));

        var profile = Assert.Single(hit!.Profiles);
        Assert.Equal(3.5, profile.Score);
        Assert.Equal(1, profile.Version);
        Assert.Equal(["crossing point KS-MRD", "crossed at (UTC) 23:10", "declared cargo"], profile.Fired.Select(f => f.Detail));
        Assert.Equal([1, 1.5, 1], profile.Fired.Select(f => f.Weight));
        Assert.Equal("Couriers cross when queues are short", profile.Fired[1].Explanation);
    }

    [Fact]
    public void Screen_BelowThreshold_IsNoHit()
    {
        Assert.Null(Screener(NightAmmunition).Screen(Crossing("c1", time: "2026-03-01T12:00:00Z", cargo: "tools")));
    }

    [Fact]
    public void Screen_CargoWordInOtherScriptAndAccents_Fires()
    {
        var hit = Screener(NightAmmunition).Screen(Crossing("c1", time: "2026-03-01T01:00:00Z", cargo: "municion de caza"));

        Assert.Equal(3.5, Assert.Single(hit!.Profiles).Score);
    }

    [Fact]
    public void Screen_ManyProfilesShareAValueWithFractionalWeights_HitsExactlyThoseWhoseExplainedScoreReachesTheThreshold()
    {
        // Sixty profiles use the same crossing point and vehicle type, so each value is scored as a whole row of
        // weights, and the row adds the vehicle's two weights before the crossing point's: 0.1 + (0.2 + 0.3) is 0.6,
        // while the explained score, summed indicator by indicator, is (0.1 + 0.2) + 0.3 = 0.6000000000000001.
        // Thresholds set to the explained score must hit; every other profile asks for the next number up.
        var explained = 0.1 + 0.2 + 0.3;
        var profiles = Enumerable.Range(0, 60).Select(i => Profile($"p{i:D2}", i % 2 == 0 ? explained : Math.BitIncrement(explained),
            Indicator.OneOf(IndicatorKind.CrossingPoint, 0.1, "Route of recent seizures", "KS-MRD"),
            Indicator.OneOf(IndicatorKind.VehicleType, 0.2, "Vehicle type with hiding places", "car"),
            Indicator.OneOf(IndicatorKind.VehicleType, 0.3, "Vehicle type seen in seizures", "car"))).ToArray();

        var hit = Screener(profiles).Screen(Crossing("c1", point: "KS-MRD", vehicle: "car"));

        var expected = profiles.Where((_, i) => i % 2 == 0).Select(p => p.Id);
        Assert.Equal(expected, hit!.Profiles.Select(p => p.ProfileId).Order(StringComparer.Ordinal));
        Assert.All(hit.Profiles, p => Assert.Equal(explained, p.Score));
        Assert.Null(Screener(profiles).Screen(Crossing("c2", point: "KS-JAR", vehicle: "car")));
    }

    [Fact]
    public void Screen_SameDayReturn_FiresOnTheReturnOnly()
    {
        var screener = Screener(Profile("ret", 1, Indicator.SameDay(1, "Out and back in one day")));

        Assert.Null(screener.Screen(Crossing("c1", time: "2026-03-01T08:00:00Z", direction: Direction.Exit)));
        Assert.NotNull(screener.Screen(Crossing("c2", time: "2026-03-01T17:00:00Z", direction: Direction.Entry, plate: "01-123-ab")));
        Assert.Null(screener.Screen(Crossing("c3", time: "2026-03-02T17:00:00Z", direction: Direction.Entry)));
    }

    [Fact]
    public void Screen_RepeatedVisits_FiresFromTheThirdEntryWithinTheWindow()
    {
        var screener = Screener(Profile("rep", 1, Indicator.Repeated(3, 7, 1, "Short visits")));

        var results = new[] { "2026-02-20", "2026-02-25", "2026-02-28", "2026-03-01", "2026-03-20" }
            .Select((day, i) => screener.Screen(Crossing($"c{i}", time: day + "T09:00:00Z"))).ToList();

        // 20th, 25th: 1 and 2; 28th: 3 within 7 days (20th is 8 days back: out); 1st: 3; 20th March: 1.
        Assert.Equal([false, false, false, true, false], results.Select(r => r is not null));
        Assert.Equal("3 crossings this way within 7 days", Assert.Single(results[3]!.Profiles).Fired[0].Detail);
    }

    [Fact]
    public void Screen_WatchListedTraveller_IsAHitWithTheMatchEvenWithoutProfiles()
    {
        var hit = Screener().Screen(Crossing("c1", persons: [new("Besa Gashi", null, null), new("Krasnići Agim", null, "P1")]));

        var match = Assert.Single(hit!.WatchMatches);
        Assert.Equal("person 2", match.Field);
        Assert.Equal("p1", match.Entry.EntityId);
        Assert.True(hit.IsRiskHit);
    }

    [Fact]
    public void Build_StaleProfile_IsSkippedSayingWhy()
    {
        var stale = NightAmmunition with { Id = "old", ValidTo = Today.AddDays(-1) };

        var plan = ScreeningPlan.Build([NightAmmunition, stale], Today);

        Assert.Equal(["night"], plan.Profiles.Select(p => p.Id));
        Assert.StartsWith("stale: its validity ended on 2026-02-28", Assert.Single(plan.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RefusedProfile_IsSkippedWithTheValidatorsReason()
    {
        var plan = ScreeningPlan.Build([Profile("empty", 1)], Today);

        Assert.StartsWith("refused: The profile has no indicators", Assert.Single(plan.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ControlDraw_SelectsAboutTheRateReproducibly()
    {
        var plan = ScreeningPlan.Build([], Today);
        var records = Enumerable.Range(0, 20_000).Select(i => Crossing("r" + i)).ToList();

        int Draw(ulong seed)
        {
            var screener = new Screener(plan, null, new ScreeningOptions(0.05, seed));
            return records.Count(r => screener.Screen(r) is { ControlCheck: true, IsRiskHit: false });
        }

        var drawn = Draw(1);
        Assert.InRange(drawn, 900, 1100);
        Assert.Equal(drawn, Draw(1));
        Assert.NotEqual(drawn, Draw(2));
    }

    [Fact]
    public void Run_PlanBuiltBeforeAnEdit_ScreensWithTheVersionItStartedWith()
    {
        var plan = ScreeningPlan.Build([NightAmmunition], Today);
        var edited = NightAmmunition with { Version = 2, Threshold = 100 };

        var hits = new List<ScreeningHit>();
        var summary = ScreeningRun.Run([Crossing("c1", time: "2026-03-01T23:10:00Z", cargo: "tools")], plan, null, NoControl, hits.Add);

        Assert.NotEqual(edited.Version, Assert.Single(Assert.Single(hits).Profiles).Version);
        Assert.Equal(("night", 1, "Profile night"), Assert.Single(summary.Profiles));
        Assert.Equal(1, summary.HitsPerProfile[("night", 1)]);
    }
}
