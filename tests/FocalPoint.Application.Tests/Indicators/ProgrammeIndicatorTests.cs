using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber.Demo;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Security;
using FocalPoint.Application.Training.Demo;
using FocalPoint.Application.Training.Figures;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Indicators;

/// <summary>Training and cyber figures reach the catalogue through the one computation, for those who may read them.</summary>
public sealed class ProgrammeIndicatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly IndicatorScope LastYear = new(new DateOnly(2025, 6, 1), new DateOnly(2026, 6, 14));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_TrainingAndCyberRecords_AreTheModulesOwnFiguresBySexAndOnlyForTheirReaders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(Now);
        await using var analyst = TestServices.For(database, access: TestUsers.Analyst("ana"), time: clock);
        await analyst.RunAsync<TrainingDemoData, int>(d => d.SeedAsync(7));
        await analyst.RunAsync<CyberDemoData, int>(d => d.SeedAsync(7));
        var investigator = new UserAccess("inv", new HashSet<string> { "Investigator" }, ReportingAgency.KosovoPolice, new HashSet<long>());
        await using var other = TestServices.For(database, access: investigator, time: clock);

        var set = await ComputeAsync(analyst, LastYear);
        var filtered = await ComputeAsync(analyst, LastYear with { DirectorateId = 1 });
        var investigators = await ComputeAsync(other, LastYear);

        var training = (await analyst.RunAsync<TrainingFigures, CommandResult<TrainingFiguresView>>(f => f.HandleAsync(new TrainingFilter(LastYear.From, LastYear.To)))).Value!;
        var trained = set[IndicatorIds.OfficialsTrained];
        Assert.True(training.Persons.Total > 0);
        Assert.Equal(training.Persons.Total, trained.Value);
        Assert.Equal(
            (training.Persons.Female, training.Persons.Male, training.Persons.NotRecorded),
            ((int)trained.Part(Dimensions.Sex, "Female"), (int)trained.Part(Dimensions.Sex, "Male"), (int)trained.Part(Dimensions.Sex, "NotRecorded")));
        var db = await analyst.ContextAsync();
        var from = new DateTime(2025, 5, 31, 22, 0, 0, DateTimeKind.Utc); // local midnight, summer time
        var to = new DateTime(2026, 6, 14, 22, 0, 0, DateTimeKind.Utc);
        var cyber = await db.CyberIncidents.CountAsync(c => c.DetectedAtUtc >= from && c.DetectedAtUtc < to);
        Assert.True(cyber > 0);
        Assert.Equal(cyber, set[IndicatorIds.CyberIncidents].Value);
        Assert.Equal(cyber, set[IndicatorIds.CyberIncidents].By(Dimensions.Sector).Sum(p => p.Value));
        Assert.DoesNotContain(filtered.Values, v => v.Id is IndicatorIds.OfficialsTrained or IndicatorIds.CyberIncidents);
        Assert.DoesNotContain(investigators.Values, v => v.Id is IndicatorIds.OfficialsTrained or IndicatorIds.CyberIncidents);
    }

    private static async Task<IndicatorSet> ComputeAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, IndicatorScope scope) =>
        (await services.RunAsync<ComputeIndicators, CommandResult<IndicatorSet>>(c => c.HandleAsync(scope))).Value!;
}
