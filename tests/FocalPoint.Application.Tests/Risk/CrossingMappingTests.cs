using FocalPoint.Application.Common;
using FocalPoint.Application.Risk.Screening;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Risk;

/// <summary>Saved column matchings of crossings files: a file in a known shape is screened without matching it again.</summary>
public sealed class CrossingMappingTests
{
    private static readonly UserAccess Officer = new("officer", new HashSet<string> { "BorderOfficer" }, ReportingAgency.BorderPolice, new HashSet<long>());
    private static readonly UserAccess Coordinator = new("coordinator", new HashSet<string> { "MunicipalCoordinator" }, ReportingAgency.KosovoPolice, new HashSet<long>());
    private static readonly Dictionary<string, string> German = new() { ["Nr"] = "id", ["Zeit"] = "time", ["Punkt"] = "crossing_point", ["Richtung"] = "direction" };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_ThenScreenTheNextFileWithIt_ReadsTheSameRecordsAndTheSaveIsAudited(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(db, access: Officer);

        var saved = await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync(" MK customs daily ", German));
        var found = await services.RunAsync<CrossingMappings, SavedCrossingMapping?>(m => m.FindAsync("MK customs daily"));
        using var sheet = Sheet();
        var screened = await services.RunAsync<ScreenCrossingFile, CrossingFileResult?>(s => s.HandleAsync(sheet, controlRate: 0, fileName: "traffic.xlsx", mapping: found!.Columns));

        Assert.True(saved.Succeeded);
        Assert.Equal("MK customs daily", saved.Value!.Name);
        Assert.Equal(German.OrderBy(c => c.Key), found!.Columns.OrderBy(c => c.Key));
        Assert.Equal("officer", found.UpdatedBy);
        Assert.Equal(2, screened!.Run!.Summary.Records);
        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events, e => e.RecordKind == "CrossingMapping");
        Assert.Equal(AuditAction.Collect, entry.Action);
        Assert.Equal("saved mapping MK customs daily: 4 columns", entry.Detail);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_SameNameAgain_ReplacesTheColumnsAndKeepsOneMapping(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(db, access: Officer);

        await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("Border daily", German));
        var again = await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("Border daily", new Dictionary<string, string> { ["Kennzeichen"] = "plate" }));
        var all = await services.RunAsync<CrossingMappings, IReadOnlyList<SavedCrossingMapping>?>(m => m.ListAsync());

        Assert.True(again.Succeeded);
        var only = Assert.Single(all!);
        Assert.Equal(new Dictionary<string, string> { ["Kennzeichen"] = "plate" }, only.Columns);
        Assert.Equal([AuditAction.Collect, AuditAction.Alter],
            services.GetRequiredService<RecordingAuditLog>().Events.Where(e => e.RecordKind == "CrossingMapping").Select(e => e.Action));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_BadMappings_AreRefusedWithTheReasonAndNothingIsSaved(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(db, access: Officer);

        var noName = await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("  ", German));
        var empty = await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("Empty", new Dictionary<string, string> { ["Nr"] = " " }));
        var unknown = await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("Unknown", new Dictionary<string, string> { ["Nr"] = "id", ["Farbe"] = "colour" }));
        var twice = await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("Twice", new Dictionary<string, string> { ["Nr"] = "id", ["Nummer"] = "id" }));

        Assert.NotEmpty(noName.Errors!.For("Name"));
        Assert.Equal("MappingEmpty", Assert.Single(empty.Errors!.For("Columns")).Code);
        Assert.Equal("'colour' is not a documented column of crossings files.", Assert.Single(unknown.Errors!.For("Columns")).English);
        Assert.Equal("Two columns are mapped onto 'id'; choose one.", Assert.Single(twice.Errors!.For("Columns")).English);
        await using var context = db.CreateContext();
        Assert.False(await context.CrossingMappings.AnyAsync());
        Assert.DoesNotContain(services.GetRequiredService<RecordingAuditLog>().Events, e => e.RecordKind == "CrossingMapping");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SavedMappings_UserWhoDoesNotScreen_NeitherSeesNorSavesThem(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var officer = TestServices.For(db, access: Officer))
        {
            await officer.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("Border daily", German));
        }
        await using var services = TestServices.For(db, access: Coordinator);

        var list = await services.RunAsync<CrossingMappings, IReadOnlyList<SavedCrossingMapping>?>(m => m.ListAsync());
        var save = await services.RunAsync<CrossingMappings, CommandResult<SavedCrossingMapping>>(m => m.SaveAsync("Mine", German));

        Assert.Null(list);
        Assert.True(save.NotFound);
        await using var context = db.CreateContext();
        Assert.Equal(["Border daily"], await context.CrossingMappings.Select(m => m.Name).ToListAsync());
    }

    private static MemoryStream Sheet()
    {
        var sheet = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object> { ["Nr"] = "C1", ["Zeit"] = "2026-03-02T07:30:00Z", ["Punkt"] = "HAN", ["Richtung"] = "exit" },
            new Dictionary<string, object> { ["Nr"] = "C2", ["Zeit"] = "2026-03-02T07:31:00Z", ["Punkt"] = "HAN", ["Richtung"] = "entry" },
        });
        return sheet;
    }
}
