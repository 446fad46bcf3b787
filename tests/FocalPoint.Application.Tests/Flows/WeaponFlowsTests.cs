using FocalPoint.Application.Common;
using FocalPoint.Application.Flows;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Flows;

/// <summary>
/// A hand-counted 2023: a police seizure in Prishtinë (Turkish pistol imported via Bulgaria, Serbian rifle of unknown
/// import), a customs detection at Hani i Elezit (two Turkish pistols via Bulgaria, neighbour North Macedonia), a
/// trafficking attempt at the airport (Austrian pistol), an AMBER customs seizure in Prizren (Serbian rifle), a
/// celebratory shooting (not a recovery) and a seizure of 2022 (another period).
/// </summary>
public sealed class WeaponFlowsTests
{
    private const int Pistol = 1;
    private const int AssaultRifle = 4;
    private static readonly FlowFilter Year2023 = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Build_PoliceAnalyst_CountsTheVisibleRoutesOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var report = await BuildAsync(database, TestUsers.Analyst("p1", ReportingAgency.KosovoPolice), Year2023);

        Assert.Equal(5, report.Firearms);
        Assert.Equal(
            [
                new WeaponFlow("TR", "BG", TransitKind.BorderCrossing, "MK", 37, 2),
                new WeaponFlow("AT", null, TransitKind.Airport, null, 4, 1),
                new WeaponFlow("RS", null, TransitKind.Inland, null, 1, 1),
                new WeaponFlow("TR", "BG", TransitKind.Inland, null, 1, 1),
            ],
            report.Flows);
        Assert.Equal([new MunicipalityCount(1, 2), new MunicipalityCount(37, 2), new MunicipalityCount(4, 1)], report.ByMunicipality);
        Assert.Equal(3, Link(report, "Manufacture:TR", "LastLegalImport:BG"));
        Assert.Equal(2, Link(report, "LastLegalImport:?", "Transit:Inland") + Link(report, "LastLegalImport:?", "Transit:Airport"));
        Assert.Equal(2, Link(report, "Transit:MK", "Municipality:37"));
        Assert.Equal(2, Link(report, "Transit:Inland", "Municipality:1"));
        Assert.Null(report.LatestRecovery);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Build_AmberIncidentOfAnotherAgency_IsCountedOnlyForThatAgency(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);

        var police = await BuildAsync(database, TestUsers.Analyst("p1", ReportingAgency.KosovoPolice), Year2023);
        var customs = await BuildAsync(database, TestUsers.Analyst("c1", ReportingAgency.Customs), Year2023);

        Assert.DoesNotContain(police.Flows, f => f.MunicipalityId == 9);
        Assert.Equal(6, customs.Firearms);
        Assert.Contains(new WeaponFlow("RS", null, TransitKind.Inland, null, 9, 1), customs.Flows);
        Assert.Equal(2, Link(customs, "Manufacture:RS", "LastLegalImport:?"));
        Assert.Equal(1, Link(police, "Manufacture:RS", "LastLegalImport:?"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Build_TypeAndKindFilters_NarrowTheCount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var user = TestUsers.Analyst("p1", ReportingAgency.KosovoPolice);

        var pistols = await BuildAsync(database, user, Year2023 with { FirearmTypeId = Pistol });
        var atCrossings = await BuildAsync(database, user, Year2023 with { Kind = IncidentKind.CrossingPointDetection });
        var rifles2022 = await BuildAsync(database, user, new FlowFilter(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), AssaultRifle));

        Assert.Equal(4, pistols.Firearms);
        Assert.Equal([new WeaponFlow("TR", "BG", TransitKind.BorderCrossing, "MK", 37, 2)], atCrossings.Flows);
        Assert.Equal(1, rifles2022.Firearms);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Build_EmptyPeriod_OffersTheLatestVisibleRecovery(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var filter = new FlowFilter(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));

        var police = await BuildAsync(database, TestUsers.Analyst("p1", ReportingAgency.KosovoPolice), filter);
        var customs = await BuildAsync(database, TestUsers.Analyst("c1", ReportingAgency.Customs), filter);

        Assert.True(police.IsEmpty);
        Assert.Equal(new DateOnly(2023, 9, 15), police.LatestRecovery);
        Assert.Equal(new DateOnly(2023, 11, 20), customs.LatestRecovery);
    }

    [Fact]
    public async Task Build_BadFilter_AnswersFieldErrors()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var filter = new FlowFilter(new DateOnly(2023, 5, 1), new DateOnly(2023, 4, 1), FirearmTypeId: 999, Kind: IncidentKind.CelebratoryShooting);

        var result = await services.RunAsync<BuildWeaponFlows, CommandResult<WeaponFlowReport>>(b => b.HandleAsync(filter));

        Assert.Equal(["FirearmTypeId", "Kind", "To"], result.Errors!.ToDictionary().Keys.Order());
    }

    [Fact]
    public async Task Export_Csv_OneLinePerRouteWithNamesAndIsAudited()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await SeedAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst("p1", ReportingAgency.KosovoPolice));
        using var output = new MemoryStream();

        var errors = await services.RunAsync<ExportWeaponFlows, ValidationErrors?>(e => e.WriteCsvAsync(Year2023, output));

        Assert.Null(errors);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ExportWeaponFlows.Header), lines[0]);
        Assert.Equal("TR,Türkiye,BG,Bulgaria,BorderCrossing,MK,North Macedonia,hani-i-elezit,Han i Elezit,2", lines[1]);
        Assert.Equal(5, lines.Length);
        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal((AuditAction.Export, ExportWeaponFlows.RecordKind), (entry.Action, entry.RecordKind));
    }

    private static int Link(WeaponFlowReport report, string source, string target) =>
        report.Links.Where(l => l.Source.Id == source && l.Target.Id == target).Sum(l => l.Firearms);

    private static async Task<WeaponFlowReport> BuildAsync(TestDatabase database, UserAccess user, FlowFilter filter)
    {
        await using var services = TestServices.For(database, access: user);
        var result = await services.RunAsync<BuildWeaponFlows, CommandResult<WeaponFlowReport>>(b => b.HandleAsync(filter));
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await AddAsync(database, IncidentKind.Seizure, new(2023, 3, 10), 1, null, ReportingAgency.KosovoPolice, Tlp.Green, (Pistol, "TR", "BG"), (AssaultRifle, "RS", null));
        await AddAsync(database, IncidentKind.CrossingPointDetection, new(2023, 6, 1), 37, 4, ReportingAgency.Customs, Tlp.Green, (Pistol, "TR", "BG"), (Pistol, "tr", "BG"));
        await AddAsync(database, IncidentKind.TraffickingAttempt, new(2023, 9, 15), 4, 15, ReportingAgency.BorderPolice, Tlp.Green, (Pistol, "AT", null));
        await AddAsync(database, IncidentKind.Seizure, new(2023, 11, 20), 9, null, ReportingAgency.Customs, Tlp.Amber, (AssaultRifle, "RS", null));
        await AddAsync(database, IncidentKind.CelebratoryShooting, new(2023, 12, 31), 1, null, ReportingAgency.KosovoPolice, Tlp.Green, (Pistol, "RS", null));
        await AddAsync(database, IncidentKind.Seizure, new(2022, 12, 31), 1, null, ReportingAgency.KosovoPolice, Tlp.Green, (AssaultRifle, "RS", null));
    }

    private static async Task AddAsync(
        TestDatabase database, IncidentKind kind, DateOnly on, int municipality, int? crossing, ReportingAgency agency, Tlp tlp,
        params (int Type, string? Made, string? Imported)[] arms)
    {
        await using var services = TestServices.For(database, "author");
        var input = IncidentInputs.Seizure();
        (input.Kind, input.OccurredAtLocal, input.MunicipalityId, input.CrossingPointId) = (kind, on.ToDateTime(new TimeOnly(23, 30)), municipality, crossing);
        (input.ReportingAgency, input.Tlp, input.HandlingCode) = (agency, tlp, HandlingCode.H1);
        input.Firearms =
        [
            .. arms.Select((a, i) => new FirearmInput
            {
                FirearmTypeId = a.Type, SerialAsWritten = $"FL{Guid.NewGuid():N}"[..10] + i, CountryOfManufacture = a.Made, CountryOfLastLegalImport = a.Imported,
            }),
        ];
        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().Select(x => x.Key + ": " + string.Join(",", x.Value)) ?? []));
    }
}
