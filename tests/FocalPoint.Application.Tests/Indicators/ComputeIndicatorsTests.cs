using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Reports.Iafq;
using FocalPoint.Application.Security;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using static FocalPoint.Application.Indicators.Dimensions;

namespace FocalPoint.Application.Tests.Indicators;

/// <summary>Every indicator of the catalogue over the hand-counted <see cref="IndicatorFixture"/>, on both providers.</summary>
public sealed class ComputeIndicatorsTests
{
    private static readonly IndicatorScope Year2023 = IndicatorScope.Year(2023);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_HandCountedYear_GivesEveryIndicator(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);

        var set = await ComputeAsync(database, TestUsers.Analyst("p1"), Year2023);

        Assert.True(set.Partial);
        Assert.False(set.Empty);
        var incidents = set[IndicatorIds.Incidents];
        Assert.Equal(5m, incidents.Value);
        Assert.Equal([("CelebratoryShooting", 1m), ("Found", 1m), ("Seizure", 1m), ("ShootingOrMisuse", 1m), ("VoluntarySurrender", 1m)], Pairs(incidents, Kind));
        Assert.Equal([("1", 2m), ("2", 2m), ("4", 1m)], Pairs(incidents, Directorate));
        Assert.Equal([("1", 2m), ("18", 1m), ("9", 2m)], Pairs(incidents, Municipality));
        Assert.Equal([("2023-03", 2m), ("2023-07", 1m), ("2023-08", 1m), ("2023-12", 1m)], Pairs(incidents, Month));
        Assert.Equal([("1", 2m), ("2", 1m), ("4", 1m), ("5", 1m)], Pairs(incidents, Dimensions.Type));

        var firearms = set[IndicatorIds.FirearmsRecovered];
        Assert.Equal(4m, firearms.Value);
        Assert.Equal([("Found", 1m), ("Seized", 2m), ("Surrendered", 1m)], Pairs(firearms, Dimensions.Recovery));
        Assert.Equal([("1", 2m), ("2", 2m)], Pairs(firearms, Directorate));
        Assert.Equal([("1", 1m), ("2", 1m), ("4", 1m), ("5", 1m)], Pairs(firearms, Dimensions.Type));

        var conversions = set[IndicatorIds.ConvertedPrivatelyMade];
        Assert.Equal(2m, conversions.Value);
        Assert.Equal([("Converted", 1m), ("PrivatelyMade", 1m)], Pairs(conversions, Conversion));

        Assert.Equal(140m, set[IndicatorIds.AmmunitionRecovered].Value);
        Assert.Equal([("Seized", 100m), ("Surrendered", 40m)], Pairs(set[IndicatorIds.AmmunitionRecovered], Dimensions.Recovery));
        Assert.Equal(2m, set[IndicatorIds.ExplosivesRecovered].Value);
        Assert.Equal([("HandGrenade", 2m)], Pairs(set[IndicatorIds.ExplosivesRecovered], Explosive));

        var persons = set[IndicatorIds.PersonsInvolved];
        Assert.Equal(4m, persons.Value);
        Assert.Equal([("Suspect", 2m), ("Victim", 1m), ("Witness", 1m)], Pairs(persons, Role));
        Assert.Equal([("Female", 2m), ("Male", 1m), ("NotRecorded", 1m)], Pairs(persons, Sex));
        Assert.Equal([("0-18", 1m), ("19-35", 1m), ("61+", 1m), ("NotRecorded", 1m)], Pairs(persons, Age));

        Assert.Equal(0.5m, set[IndicatorIds.MisuseIllegalShare].Value);
        Assert.Equal([("denominator", 2m), ("numerator", 1m)], Pairs(set[IndicatorIds.MisuseIllegalShare], Part));

        var traces = set[IndicatorIds.TraceRequests];
        Assert.Equal(4m, traces.Value);
        Assert.Equal([("Answered", 3m), ("ClosedUnanswered", 0m), ("NoResponse", 0m), ("Pending", 1m)], Pairs(traces, Status));
        Assert.Equal(20m, set[IndicatorIds.TraceTimeToAnswer].Value);
        Assert.Equal(30m, set[IndicatorIds.TimeToCrime].Value);
        Assert.Equal(3m, set[IndicatorIds.TimeToCrime].Part(Part, "known"));

        Assert.Equal(2m, set[IndicatorIds.CasesOpened].Value);
        Assert.Equal(2m, set[IndicatorIds.CasesClosed].Value);
        Assert.Equal(197.5m, set[IndicatorIds.CaseTimeToClose].Value);

        var sdg = set[IndicatorIds.Sdg1642];
        Assert.Equal(0.5m, sdg.Value);
        Assert.Equal([("denominator", 4m), ("numerator", 2m)], Pairs(sdg, Part));
        Assert.Equal(1m, sdg.Part(Status, "TracedNotEstablished"));
        Assert.Equal(1m, sdg.Part(Status, "NeverTraced"));
        Assert.Equal(1m, sdg.Part(Dimensions.Recovery, "Seized:numerator"));
        Assert.Equal(2m, sdg.Part(Dimensions.Recovery, "Seized:denominator"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_LateTraceAnswer_RevisesThePastYear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await IndicatorFixture.AddAsync(database);

        await fixture.AnswerLateAsync(database);
        var set = await ComputeAsync(database, TestUsers.Analyst("p1"), Year2023);

        Assert.Equal(0.75m, set[IndicatorIds.Sdg1642].Value);
        Assert.Equal([("Answered", 4m), ("ClosedUnanswered", 0m), ("NoResponse", 0m), ("Pending", 0m)], Pairs(set[IndicatorIds.TraceRequests], Status));
        Assert.Equal(40m, set[IndicatorIds.TraceTimeToAnswer].Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_AgencyThatSeesEverything_IsNotPartialAndCountsTheAmberSeizure(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);

        var set = await ComputeAsync(database, TestUsers.Analyst("c1", ReportingAgency.Customs), Year2023);

        Assert.False(set.Partial);
        Assert.Equal(6m, set[IndicatorIds.Incidents].Value);
        Assert.Equal(5m, set[IndicatorIds.FirearmsRecovered].Value);
        Assert.Equal(3m, set[IndicatorIds.CasesOpened].Value);
        Assert.Equal(new Sdg1642(2, 5).Value, set[IndicatorIds.Sdg1642].Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_WholeRegistry_GivesTheSameSdgAsTheIafqReport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        await using var services = TestServices.For(database);

        var set = await ComputeAsync(database, UserAccess.System("cli"), Year2023);
        var iafq = await services.RunAsync<BuildIafqReport, IafqReport>(b => b.HandleAsync(2023));

        Assert.Equal(iafq.Indicator.Value, set[IndicatorIds.Sdg1642].Value);
        Assert.Equal(iafq.Indicator.Denominator, set[IndicatorIds.Sdg1642].Part(Part, "denominator"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_EveryIncidentBreakdown_EqualsTheIncidentListBehindIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        var user = TestUsers.Analyst("p1");
        var incidents = (await ComputeAsync(database, user, Year2023))[IndicatorIds.Incidents];

        var drills = new List<(decimal Figure, IndicatorScope Scope)> { (incidents.Value!.Value, Year2023) };
        drills.AddRange(incidents.By(Kind).Select(p => (p.Value, Year2023 with { Kind = Enum.Parse<IncidentKind>(p.Key) })));
        drills.AddRange(incidents.By(Municipality).Select(p => (p.Value, Year2023 with { MunicipalityId = int.Parse(p.Key) })));
        drills.AddRange(incidents.By(Directorate).Select(p => (p.Value, Year2023 with { DirectorateId = int.Parse(p.Key) })));
        drills.AddRange(incidents.By(Dimensions.Type).Select(p => (p.Value, Year2023 with { FirearmTypeId = int.Parse(p.Key) })));
        drills.AddRange(incidents.By(Month).Select(p => (p.Value, IndicatorScope.Month(int.Parse(p.Key[..4]), int.Parse(p.Key[5..])))));

        await using var services = TestServices.For(database, access: user);
        foreach (var (figure, scope) in drills)
        {
            var list = await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(l => l.HandleAsync(scope.ToIncidentFilter()));
            Assert.Equal((int)figure, list.Value!.TotalCount);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_PeriodCuttingMonths_CountsOnlyItsDatesAndIsPartialOnlyWhenItHidesOne(DatabaseProvider provider)
    {
        // The counts are read by whole months (the dashboard index): a period starting and ending inside a month must
        // still count only its dates. A (10 Mar) and D (15 Aug) fall just outside; F (May, Customs) is hidden.
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        var user = TestUsers.Analyst("p1");

        var withHidden = await ComputeAsync(database, user, new IndicatorScope(new DateOnly(2023, 3, 15), new DateOnly(2023, 8, 14)));
        var withoutHidden = await ComputeAsync(database, user, new IndicatorScope(new DateOnly(2023, 3, 15), new DateOnly(2023, 4, 30)));

        var incidents = withHidden[IndicatorIds.Incidents];
        Assert.Equal(2m, incidents.Value);
        Assert.Equal([("2023-03", 1m), ("2023-07", 1m)], Pairs(incidents, Month));
        Assert.Equal([("2", 1m), ("5", 1m)], Pairs(incidents, Dimensions.Type));
        Assert.True(withHidden.Partial);
        Assert.Equal(1m, withoutHidden[IndicatorIds.Incidents].Value);
        Assert.False(withoutHidden.Partial);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_PeriodWithoutData_IsEmptyAndYearEarlierIsTheSamePeriodBefore(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);

        var empty = await ComputeAsync(database, TestUsers.Analyst("p1"), IndicatorScope.Year(2021));
        var before = await ComputeAsync(database, TestUsers.Analyst("p1"), Year2023.YearEarlier());

        Assert.True(empty.Empty);
        Assert.Null(empty[IndicatorIds.Sdg1642].Value);
        Assert.Equal(IndicatorScope.Year(2022), Year2023.YearEarlier());
        Assert.Equal(1m, before[IndicatorIds.Incidents].Value);
    }

    [Fact]
    public async Task Compute_BadScope_AnswersFieldErrors()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var scope = new IndicatorScope(new DateOnly(2023, 5, 1), new DateOnly(2023, 4, 1), DirectorateId: 99, MunicipalityId: 999, FirearmTypeId: 999);

        var result = await services.RunAsync<ComputeIndicators, CommandResult<IndicatorSet>>(c => c.HandleAsync(scope));

        Assert.Equal(["DirectorateId", "FirearmTypeId", "MunicipalityId", "To"], result.Errors!.ToDictionary().Keys.Order());
    }

    [Fact]
    public async Task Catalogue_Seeded_HasSevenGoalsFourteenKpisAndEveryComputedIndicator()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database);

        var catalogue = await services.RunAsync<GetIndicatorCatalogue, IndicatorCatalogue>(c => c.HandleAsync());

        Assert.Equal(7, catalogue.Goals.Count);
        Assert.Equal(14, catalogue.Kpis.Count);
        Assert.All(catalogue.Kpis, k => Assert.NotEmpty(k.Goals));
        Assert.Equal([2, 3], catalogue.Kpis.Single(k => k.Number == 6).Goals);
        var ids = typeof(IndicatorIds).GetFields().Select(f => (string)f.GetValue(null)!).Order();
        Assert.Equal(ids, catalogue.Indicators.Select(i => i.Id).Order());
        Assert.All(catalogue.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.NameSq + i.Definition + i.Formula + i.Unit)));
    }

    private static (string, decimal)[] Pairs(IndicatorValue value, string dimension) =>
        [.. value.By(dimension).Where(p => p.Value != 0 || dimension == Status).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];

    private static async Task<IndicatorSet> ComputeAsync(TestDatabase database, UserAccess user, IndicatorScope scope)
    {
        await using var services = TestServices.For(database, access: user);
        var result = await services.RunAsync<ComputeIndicators, CommandResult<IndicatorSet>>(c => c.HandleAsync(scope));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().Keys ?? []));
        return result.Value!;
    }
}
