using FocalPoint.Application.Risk;
using FocalPoint.Application.Risk.Profiles;
using FocalPoint.Application.Risk.Screening;
using FocalPoint.Application.Security;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Profiles;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Risk;

/// <summary>Profiles drafted, approved by four eyes, screened, and measured by the officers' outcomes.</summary>
public sealed class RiskProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 20, 0, 0, TimeSpan.Zero);
    private static readonly UserAccess Officer = new("officer", new HashSet<string> { "BorderOfficer" }, ReportingAgency.BorderPolice, new HashSet<long>());

    private static RiskProfileInput SameDayReturns(string? key = null) => new(key, "Same-day returns at the south", 3,
        [Indicator.SameDay(2, "Out and back in a day"), Indicator.OneOf(IndicatorKind.CrossingPoint, 1, "Southern crossings", "HAN")],
        new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), HandlingCode.H1);

    private static async Task<T> As<T, THandler>(TestDatabase db, UserAccess user, Func<THandler, Task<T>> action) where THandler : notnull
    {
        await using var services = TestServices.For(db, access: user, time: new ManualClock(Now));
        return await services.RunAsync(action);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Draft_ContradictoryProfile_IsRefusedWithTheReasonAndNothingSaved(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var input = SameDayReturns() with
        {
            Threshold = 2,
            Indicators = [Indicator.OneOf(IndicatorKind.CrossingPoint, 1, "a", "HAN"), Indicator.OneOf(IndicatorKind.CrossingPoint, 1, "b", "VER")],
        };

        var result = await As<Common.CommandResult<long>, DraftRiskProfile>(db, TestUsers.Analyst(), d => d.HandleAsync(input));

        var message = Assert.Single(result.Errors!.For(nameof(input.Indicators)));
        Assert.Equal(RiskMessages.ProfileRefused.Code, message.Code);
        Assert.Contains("exclude each other", message.English, StringComparison.Ordinal);
        await using var context = db.CreateContext();
        Assert.False(await context.RiskProfiles.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Approve_ByTheDrafterOrAnAnalyst_IsRefusedBySupervisorSupersedesTheLastVersion(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = await DraftAndApproveAsync(db);
        var second = (await As<Common.CommandResult<long>, DraftRiskProfile>(db, TestUsers.Analyst("drafter"), d => d.HandleAsync(SameDayReturns("P001")))).Value;

        var byAnalyst = await As<Common.CommandResult<long>, ApproveRiskProfile>(db, TestUsers.Analyst("other"), a => a.HandleAsync(second));
        var byDrafter = await As<Common.CommandResult<long>, ApproveRiskProfile>(db, new UserAccess("drafter", new HashSet<string> { "Commander", "Analyst" }, null, new HashSet<long>()), a => a.HandleAsync(second));
        var bySupervisor = await As<Common.CommandResult<long>, ApproveRiskProfile>(db, TestUsers.Commander("chief"), a => a.HandleAsync(second));

        Assert.True(byAnalyst.NotFound);
        Assert.Equal(RiskMessages.FourEyes.Code, Assert.Single(byDrafter.Errors!.Entries).Value.Single().Code);
        Assert.True(bySupervisor.Succeeded);
        await using var context = db.CreateContext();
        var versions = await context.RiskProfiles.OrderBy(p => p.Number).Select(p => new { p.Id, p.Number, p.Status, p.ApprovedBy }).ToListAsync();
        Assert.Equal([(1, ProfileStatus.Superseded), (2, ProfileStatus.Approved)], versions.Select(v => (v.Number, v.Status)));
        Assert.Equal(first, versions[0].Id);
        Assert.Equal("chief", versions[1].ApprovedBy);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Outcomes_ChangeTheProfilesPrecision_AsComputedByHand(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var profile = await DraftAndApproveAsync(db);
        // Four cars out and back through HAN the same day: four returns hit (2 + 1 = 3).
        var records = Enumerable.Range(1, 4).SelectMany(i => new[]
        {
            new CrossingRecord($"X{i}", new DateTime(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc), "HAN", Direction.Exit, $"0{i}111AA", "XK", "car", "XK", "", []),
            new CrossingRecord($"N{i}", new DateTime(2026, 3, 2, 19, 0, 0, DateTimeKind.Utc), "HAN", Direction.Entry, $"0{i}111AA", "XK", "car", "XK", "", []),
        }).ToList();

        var run = await As<ScreeningRunResult?, ScreenCrossings>(db, TestUsers.Analyst(), s => s.HandleAsync(records, [], controlRate: 0));
        await using (var context = db.CreateContext())
        {
            var hits = await context.ScreeningHits.OrderBy(h => h.CrossingId).Select(h => h.Id).ToListAsync();
            Assert.Equal(4, hits.Count);
            HitOutcome[] outcomes = [HitOutcome.Found, HitOutcome.Found, HitOutcome.NotFound, HitOutcome.NotChecked];
            for (var i = 0; i < 4; i++)
            {
                var input = new HitOutcomeInput(hits[i], outcomes[i], outcomes[i] == HitOutcome.NotChecked ? "queue too long" : null);
                Assert.True((await As<Common.CommandResult<long>, RecordHitOutcome>(db, Officer, r => r.HandleAsync(input))).Succeeded);
            }
        }

        var score = Assert.Single((await As<IReadOnlyList<ProfileScore>?, ProfilePerformance>(db, TestUsers.Analyst(), p => p.HandleAsync()))!);

        Assert.Equal("P001/v1", Assert.Single(run!.Summary.Profiles) is var (id, v, _) ? $"{id}/v{v}" : "");
        Assert.Equal((profile, 4, 3, 2), (score.ProfileVersionId, score.Hits, score.Checked, score.Found));
        Assert.Equal(2 / 3.0, score.Precision!.Value, 10);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordOutcome_NotCheckedWithoutReason_IsRefused(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var context = db.CreateContext())
        {
            context.ScreeningHits.Add(new ScreeningHit { RunId = "r", CrossingId = "c", CrossingPoint = "HAN", Direction = "entry", ControlCheck = true });
            await context.SaveChangesAsync();
        }

        var result = await As<Common.CommandResult<long>, RecordHitOutcome>(db, Officer, r => r.HandleAsync(new HitOutcomeInput(1, HitOutcome.NotChecked, " ")));

        Assert.Equal(RiskMessages.NotCheckedWhy.Code, result.Errors!.For(nameof(HitOutcomeInput.Note)).Single().Code);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retire_ApprovedProfile_StopsScreeningKeepsItsHitsAndCannotBeRetiredTwice(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var profile = await DraftAndApproveAsync(db);

        var byAnalyst = await As<Common.CommandResult<long>, RetireRiskProfile>(db, TestUsers.Analyst("other"), r => r.HandleAsync(profile));
        var retired = await As<Common.CommandResult<long>, RetireRiskProfile>(db, TestUsers.Commander("chief"), r => r.HandleAsync(profile));
        var again = await As<Common.CommandResult<long>, RetireRiskProfile>(db, TestUsers.Commander("chief"), r => r.HandleAsync(profile));
        var run = await As<ScreeningRunResult?, ScreenCrossings>(db, TestUsers.Analyst(), s => s.HandleAsync([], [], controlRate: 0));

        Assert.True(byAnalyst.NotFound);
        Assert.True(retired.Succeeded);
        Assert.Equal(RiskMessages.NotRetirable.Code, Assert.Single(again.Errors!.For("Status")).Code);
        Assert.Empty(run!.Summary.Profiles);
        await using var context = db.CreateContext();
        Assert.Equal(ProfileStatus.Retired, (await context.RiskProfiles.SingleAsync()).Status);
    }

    private static async Task<long> DraftAndApproveAsync(TestDatabase db)
    {
        var draft = await As<Common.CommandResult<long>, DraftRiskProfile>(db, TestUsers.Analyst("drafter"), d => d.HandleAsync(SameDayReturns()));
        Assert.True(draft.Succeeded);
        Assert.True((await As<Common.CommandResult<long>, ApproveRiskProfile>(db, TestUsers.Commander("chief"), a => a.HandleAsync(draft.Value))).Succeeded);
        return draft.Value;
    }
}
