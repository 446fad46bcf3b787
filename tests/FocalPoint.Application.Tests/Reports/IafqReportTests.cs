using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Reports.Iafq;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using FocalPoint.Domain.Tracing;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace FocalPoint.Application.Tests.Reports;

/// <summary>
/// A hand-counted year (2023): A seizure for a criminal offence (pistol traced, assault rifle pending), a seizure for an
/// administrative offence (shotgun traced: not in SDG 16.4.2), a found revolver (established by intelligence), a
/// surrender (blank-firing pistol never traced, sub-machine gun without response), a celebratory shooting (not a
/// recovery) and a seizure of 2022 (another year).
/// </summary>
public sealed class IafqReportTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Build_HandCountedYear_GivesTheTablesAndSdg16_4_2(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await SeedAsync(services, database);

        var report = await services.RunAsync<BuildIafqReport, IafqReport>(b => b.HandleAsync(2023));

        Assert.Equal(new Sdg1642(2, 5), report.Indicator);
        Assert.Equal(0.4m, report.Indicator.Value);
        var byType = report.Table(IafqTables.ArmsByType);
        Assert.Equal(1, byType["Pistols", "Seized"]);
        Assert.Equal(1, byType["Rifles", "Seized"]);
        Assert.Equal(1, byType["Shotguns", "Seized"]);
        Assert.Equal(1, byType["Revolvers", "Found"]);
        Assert.Equal(1, byType["Sub-machine guns", "Surrendered"]);
        Assert.Equal(1, byType["Other", "Surrendered"]);
        Assert.Equal([3m, 1m, 2m, 6m], byType.Rows.Single(r => r.Label == "Total").Values);
        var context = report.Table(IafqTables.SeizuresByContext);
        Assert.Equal([2m, 2m], context.Rows.Single(r => r.Label == "Criminal offence").Values);
        Assert.Equal([1m, 0m], context.Rows.Single(r => r.Label == "Administrative offence").Values);
        var tracing = report.Table(IafqTables.Tracing);
        Assert.Equal(5, tracing["Trace requests sent", "Count"]);
        Assert.Equal(3, tracing["Trace requests answered", "Count"]);
        Assert.Equal(1, tracing["Trace requests without response", "Count"]);
        Assert.Equal(1, tracing["Trace requests pending", "Count"]);
        Assert.Equal(1, tracing["Arms never traced", "Count"]);
        Assert.Equal(2, tracing["Point of diversion established by tracing", "Count"]);
        Assert.Equal(1, tracing["Point of diversion established by intelligence", "Count"]);
        var items = report.Table(IafqTables.AmmunitionAndExplosives);
        Assert.Equal([50m, 0m, 30m, 80m], items.Rows.Single(r => r.Label == "Ammunition (rounds)").Values);
        Assert.Equal(2, items["Explosive: Hand grenade", "Found"]);
        var sdg = report.Table(IafqTables.Sdg);
        Assert.Equal([1m, 2m, 0.5m], sdg.Rows.Single(r => r.Label == "Seized").Values);
        Assert.Equal([1m, 1m, 1m], sdg.Rows.Single(r => r.Label == "Found").Values);
        Assert.Equal([0m, 2m, 0m], sdg.Rows.Single(r => r.Label == "Surrendered").Values);
    }

    [Fact]
    public void Build_NothingRecovered_HasNoIndicatorValue()
    {
        var report = IafqTables.Build(2020, [], [], new ItemFacts([], [], []));

        Assert.Null(report.Indicator.Value);
        Assert.Equal(5, report.Tables.Count);
    }

    [Fact]
    public void Sdg_SumsPartsThenDivides_NotAnAverageOfRatios()
    {
        ArmFact Arm(Recovery r, bool established) => new(r, LegalContext.CriminalOffence, IafqArmType.Pistols, established, established, false);
        var arms = new[] { Arm(Recovery.Seized, true), Arm(Recovery.Found, false), Arm(Recovery.Found, false), Arm(Recovery.Found, false) };

        var report = IafqTables.Build(2024, arms, [], new ItemFacts([], [], []));

        // Seized 1/1 and found 0/3 average to 0.5; the indicator is 1/4.
        Assert.Equal(0.25m, report.Indicator.Value);
    }

    [Theory]
    [InlineData("ASSAULT_RIFLE", IafqArmType.Rifles)]
    [InlineData("HUNTING_RIFLE", IafqArmType.Rifles)]
    [InlineData("SUBMACHINE_GUN", IafqArmType.SubMachineGuns)]
    [InlineData("BLANK_FIRING_PISTOL", IafqArmType.Other)]
    [InlineData("SOMETHING_NEW", IafqArmType.Other)]
    public void ArmType_MapsRegistryTypes(string code, IafqArmType expected) => Assert.Equal(expected, IafqCategories.ArmType(code));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_Xlsx_HasOneSheetPerTableAndIsAuditedOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await SeedAsync(services, database);
        var log = services.GetRequiredService<RecordingAuditLog>();
        var before = log.Events.Count;
        using var output = new MemoryStream();

        await services.RunAsync<ExportIafqReport, bool>(async e => { await e.WriteXlsxAsync(2023, output); return true; });

        output.Position = 0;
        Assert.Equal(
            [IafqTables.ArmsByType, IafqTables.SeizuresByContext, IafqTables.AmmunitionAndExplosives, IafqTables.Tracing, IafqTables.Sdg],
            MiniExcel.GetSheetNames(output));
        output.Position = 0;
        var sdg = MiniExcel.Query(output, useHeaderRow: true, sheetName: IafqTables.Sdg).Cast<IDictionary<string, object?>>().Last();
        Assert.Equal("Total", sdg["Arms"]);
        Assert.Equal(0.4d, sdg["Proportion"]);
        var entry = Assert.Single(log.Events.Skip(before));
        Assert.Equal((AuditAction.Export, ExportIafqReport.RecordKind), (entry.Action, entry.RecordKind));
    }

    [Fact]
    public async Task Export_CsvZip_HoldsOneCsvPerTable()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        using var output = new MemoryStream();

        await services.RunAsync<ExportIafqReport, bool>(async e => { await e.WriteCsvZipAsync(2023, output); return true; });

        output.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(output);
        Assert.Equal(5, zip.Entries.Count);
        using var reader = new StreamReader(zip.GetEntry("iafq-2023-ArmsByType.csv")!.Open());
        Assert.StartsWith("Type,Seized,Found,Surrendered,Total", await reader.ReadLineAsync(), StringComparison.Ordinal);
    }

    private static async Task SeedAsync(ServiceProvider services, TestDatabase database)
    {
        var a = await AddAsync(services, IncidentKind.Seizure, LegalContext.CriminalOffence, 2023, rounds: 50, types: [1, 4]);
        var b = await AddAsync(services, IncidentKind.Seizure, LegalContext.AdministrativeOffence, 2023, rounds: 0, types: [6]);
        var c = await AddAsync(services, IncidentKind.Found, LegalContext.None, 2023, rounds: 0, types: [2], grenades: 2);
        var d = await AddAsync(services, IncidentKind.VoluntarySurrender, LegalContext.None, 2023, rounds: 30, types: [9, 7]);
        var e = await AddAsync(services, IncidentKind.CelebratoryShooting, LegalContext.CriminalOffence, 2023, rounds: 10, types: [1]);
        var f = await AddAsync(services, IncidentKind.Seizure, LegalContext.CriminalOffence, 2022, rounds: 10, types: [1]);

        await using var db = database.CreateContext(new SystemUser("tracer"));
        var arms = await db.Firearms.OrderBy(x => x.Id).Select(x => new { x.Id, x.IncidentId }).ToListAsync();
        long Arm(long incident, int index) => arms.Where(x => x.IncidentId == incident).ElementAt(index).Id;
        Trace(db, Arm(a, 0), TraceStatus.Answered, DiversionEstablishedBy.Tracing);
        Trace(db, Arm(a, 1), TraceStatus.Sent, null);
        Trace(db, Arm(b, 0), TraceStatus.Answered, DiversionEstablishedBy.Tracing);
        Trace(db, Arm(c, 0), TraceStatus.Closed, DiversionEstablishedBy.Intelligence);
        Trace(db, Arm(d, 1), TraceStatus.Failed, null);
        Trace(db, Arm(e, 0), TraceStatus.Answered, DiversionEstablishedBy.Tracing);
        Trace(db, Arm(f, 0), TraceStatus.Answered, DiversionEstablishedBy.Tracing);
        await db.SaveChangesAsync();
    }

    private static void Trace(Data.FocalPointDbContext db, long firearmId, TraceStatus status, DiversionEstablishedBy? establishedBy)
    {
        var request = new TraceRequest { FirearmId = firearmId, Channel = TraceChannel.InterpolIarms, Status = status, SentOn = new DateOnly(2023, 6, 1) };
        if (establishedBy is not null)
        {
            request.Results.Add(new TraceResult
            {
                ReceivedOn = new DateOnly(2024, 2, 1), PointOfDiversionEstablished = true, EstablishedBy = establishedBy, DiversionCountry = "AL",
            });
        }

        db.TraceRequests.Add(request);
    }

    private static async Task<long> AddAsync(
        ServiceProvider services, IncidentKind kind, LegalContext context, int year, int rounds, int[] types, int grenades = 0)
    {
        var input = IncidentInputs.Seizure($"T{Guid.NewGuid():N}"[..10]);
        (input.Kind, input.LegalContext, input.OccurredAtLocal) = (kind, context, new DateTime(year, 7, 1, 12, 0, 0));
        input.Firearms = [.. types.Select((t, i) => new FirearmInput { FirearmTypeId = t, SerialAsWritten = $"{input.Firearms[0].SerialAsWritten}{i}" })];
        input.Ammunition = rounds == 0 ? [] : [new AmmunitionInput { Calibre = "7,62x39", Rounds = rounds }];
        input.Explosives = grenades == 0 ? [] : [new ExplosiveInput { Kind = ExplosiveKind.HandGrenade, Count = grenades }];
        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().Select(x => x.Key + ": " + string.Join(",", x.Value)) ?? []));
        return result.Value;
    }
}
