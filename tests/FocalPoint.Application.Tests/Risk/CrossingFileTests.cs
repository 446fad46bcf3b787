using System.Text;
using FocalPoint.Application.Risk.Screening;
using FocalPoint.Application.Security;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Risk;

/// <summary>A crossings file screened from the page: malformed rows refuse it whole; the registry's suspects are on the watch-list, kept up to date.</summary>
public sealed class CrossingFileTests
{
    private const string Header = "id,time,crossing_point,direction,plate,person1_name,person1_birth_date";
    private static readonly UserAccess Officer = new("officer", new HashSet<string> { "BorderOfficer" }, ReportingAgency.BorderPolice, new HashSet<long>());

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Screen_FileWithAMalformedRow_IsRefusedWithTheRowNamedAndNothingQueued(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var file = Csv("C1,2026-03-02T07:30:00Z,HAN,exit,04777KM,Arben Krasniqi,1985-11-03", "C2,yesterday,HAN,exit,04777KM,,", "C3,2026-03-02T07:40:00Z,HAN,sideways,04777KM,,");

        await using var services = TestServices.For(db, access: Officer);
        var result = await services.RunAsync<ScreenCrossingFile, CrossingFileResult?>(s => s.HandleAsync(file));

        Assert.False(result!.Screened);
        Assert.Equal(2, result.RowErrorCount);
        Assert.Equal([3L, 4L], result.RowErrors.Select(e => e.Line));
        await using var context = db.CreateContext();
        Assert.False(await context.ScreeningRuns.AnyAsync());
        Assert.False(await context.ScreeningHits.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Screen_TravellerSpelledLikeARegistrySuspect_HitsTheWatchListAndALaterSuspectIsAddedIncrementally(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await AddSuspectAsync(db, "Arben", "Krasniqi", new DateOnly(1985, 11, 3));
        await using var services = TestServices.For(db, access: Officer);

        var first = await services.RunAsync<ScreenCrossingFile, CrossingFileResult?>(s =>
            s.HandleAsync(Csv("C1,2026-03-02T07:30:00Z,HAN,exit,04777KM,Arbën Krasniqi,1985-11-03", "C2,2026-03-02T07:31:00Z,HAN,exit,01111KS,Dejan Ilić,1990-02-01"), controlRate: 0));
        await AddSuspectAsync(db, "Dejan", "Ilic", new DateOnly(1990, 2, 1));
        var second = await services.RunAsync<ScreenCrossingFile, CrossingFileResult?>(s =>
            s.HandleAsync(Csv("C3,2026-03-02T08:30:00Z,HAN,entry,01111KS,Dejan Ilić,1990-02-01"), controlRate: 0));

        Assert.Equal(1, first!.Run!.Summary.WatchListHits);
        Assert.Equal(1, first.WatchListEntries);
        Assert.Equal(1, second!.Run!.Summary.WatchListHits);
        Assert.Equal(2, second.WatchListEntries);
        Assert.Equal(1, services.GetRequiredService<RegistryWatchList>().LastRead);
        await using var context = db.CreateContext();
        var hits = await context.ScreeningHits.OrderBy(h => h.CrossingId).ToListAsync();
        Assert.Equal(["C1", "C3"], hits.Select(h => h.CrossingId));
        // The hit says a match exists; it never names the incident behind it or the person.
        Assert.All(hits, h => Assert.DoesNotContain("Incident", h.WatchMatches, StringComparison.Ordinal));
        Assert.All(hits, h => Assert.DoesNotContain("Krasniqi", h.WatchMatches, StringComparison.Ordinal));
        Assert.Equal(3, await context.ScreeningRunPoints.SumAsync(p => p.Records));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Screen_SheetWithOtherColumnNames_OffersItsColumnsThenScreensWithTheMapping(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        using var sheet = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(sheet, new[]
        {
            new Dictionary<string, object> { ["Nr"] = "C1", ["Zeit"] = "2026-03-02T07:30:00Z", ["Punkt"] = "HAN", ["Richtung"] = "exit" },
            new Dictionary<string, object> { ["Nr"] = "C2", ["Zeit"] = "2026-03-02T07:31:00Z", ["Punkt"] = "HAN", ["Richtung"] = "entry" },
        });
        await using var services = TestServices.For(db, access: Officer);

        var unmapped = await services.RunAsync<ScreenCrossingFile, CrossingFileResult?>(s => s.HandleAsync(sheet, controlRate: 0, fileName: "traffic.xlsx"));
        var mapping = new Dictionary<string, string> { ["Nr"] = "id", ["Zeit"] = "time", ["Punkt"] = "crossing_point", ["Richtung"] = "direction" };
        var mapped = await services.RunAsync<ScreenCrossingFile, CrossingFileResult?>(s => s.HandleAsync(sheet, controlRate: 0, fileName: "traffic.xlsx", mapping: mapping));

        Assert.False(unmapped!.Screened);
        Assert.Equal(["Nr", "Zeit", "Punkt", "Richtung"], unmapped.FileColumns);
        Assert.Equal(["id", "time", "crossing_point", "direction"], unmapped.MissingColumns);
        Assert.Equal(2, mapped!.Run!.Summary.Records);
        await using var context = db.CreateContext();
        Assert.Equal(2, await context.ScreeningRunPoints.SumAsync(p => p.Records));
    }

    private static MemoryStream Csv(params string[] rows) => new(Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"));

    private static async Task AddSuspectAsync(TestDatabase database, string given, string family, DateOnly born)
    {
        await using var db = database.CreateContext();
        var on = new DateOnly(2025, 5, 1);
        var incident = new Incident
        {
            Reference = $"T-{Guid.NewGuid():N}"[..20], Kind = IncidentKind.Seizure, OccurredOn = on, OccurredAtUtc = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            MunicipalityId = 37, DirectorateId = 1, ReportingAgency = ReportingAgency.BorderPolice, LegalContext = LegalContext.CriminalOffence,
            Narrative = "Seizure.", Tlp = Tlp.Red, HandlingCode = HandlingCode.H1,
        };
        incident.Persons.Add(new IncidentPerson { Person = new Person { GivenName = given, FamilyName = family, DateOfBirth = born }, Role = PersonRole.Suspect });
        db.Incidents.Add(incident);
        await db.SaveChangesAsync();
    }
}
