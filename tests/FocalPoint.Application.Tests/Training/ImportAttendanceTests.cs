using FocalPoint.Application.Training.Figures;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Training;

public sealed class ImportAttendanceTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_SameOfficerUnderSerbianAndCyrillicSpellings_OnePersonThreeParticipations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TrainingWorld.Services(database);
        var first = await TrainingWorld.CourseAsync(services, "Tracing basics", new DateOnly(2025, 3, 3));
        var second = await TrainingWorld.CourseAsync(services, "Tracing advanced", new DateOnly(2025, 9, 8));
        var third = await TrainingWorld.CourseAsync(services, "Border checks", new DateOnly(2026, 2, 2), Domain.Training.TrainingTopic.BorderControl);

        var a = await TrainingWorld.ImportAsync(services, first, "Emri,Mbiemri,Gjinia,Viti i lindjes,Institucioni\nArben,Krasniqi,M,1985,Kosovo Police\nDrita,Berisha,F,1990,Kosovo Police\n");
        var b = await TrainingWorld.ImportAsync(services, second, "Ime;Prezime;Pol;Godina rođenja;Institucija\nArben;Krasnići;M;1985;Kosovo Police\nVesna;Petrović;Ž;;Customs\n");
        var c = await TrainingWorld.ImportAsync(services, third, "Name,Sex,Age,Institution\nАрбен Красниќи,,41,Kosovo Police\nLuan Gashi,not recorded,29,Border Police\n");
        var figures = (await services.RunAsync<TrainingFigures, CommandResult<TrainingFiguresView>>(f => f.HandleAsync(new TrainingFilter()))).Value!;

        Assert.True(a.Value!.Stored && b.Value!.Stored && c.Value!.Stored);
        Assert.Equal((1, 1), (b.Value.KnownPersons, b.Value.NewPersons));
        Assert.Equal((1, 1), (c.Value.KnownPersons, c.Value.NewPersons));
        Assert.Equal(new SexCounts(2, 2, 2), figures.Participations);
        Assert.Equal(new SexCounts(1, 2, 1), figures.Persons);
        Assert.Equal(6, figures.Participations.Total);
        Assert.Equal(4, figures.Persons.Total);
        var police = figures.Rows.Single(r => r.Key == "Kosovo Police");
        Assert.Equal((4, 2), (police.Participations.Total, police.Persons.Total));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_UnknownSexDuplicateRowAndDateOutsideTheCourse_NothingStoredEveryBadRowReported(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TrainingWorld.Services(database);
        var course = await TrainingWorld.CourseAsync(services, "Tracing basics", new DateOnly(2025, 3, 3));

        var result = (await TrainingWorld.ImportAsync(services, course,
            "Given name,Family name,Sex,Birth year,Date\nArben,Krasniqi,M,1985,2025-03-03\nBesa,Hoxha,X,1991,2025-03-04\nArben,Krasniqi,M,1985,2025-03-04\nDrita,Berisha,F,1890,2025-03-04\nLuan,Gashi,M,1980,2025-04-01\n")).Value!;

        await using var db = await services.ContextAsync();
        Assert.False(result.Stored);
        Assert.Equal([3L, 4L, 5L, 6L], result.Problems.Select(p => p.RowNumber).Distinct().Order());
        Assert.Contains(result.Problems, p => p.RowNumber == 3 && p.Column == "Sex" && p.Message.Code == "TrainingUnknownSex");
        Assert.Contains(result.Problems, p => p.RowNumber == 4 && p.Message.Code == "TrainingDuplicateRow");
        Assert.Contains(result.Problems, p => p.RowNumber == 5 && p.Message.Code == "TrainingBirthYearRange");
        Assert.Contains(result.Problems, p => p.RowNumber == 6 && p.Message.Code == "TrainingDateOutsideCourse");
        Assert.Equal(0, await db.TrainingParticipations.CountAsync());
        Assert.Equal(0, await db.TrainingPersons.CountAsync());
        Assert.Contains(services.GetRequiredService<RecordingAuditLog>().Events, e => e.Action == AuditAction.Collect && e.Detail!.Contains("refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SheetWithoutNameColumns_RefusedWithTheHeadersToUse()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TrainingWorld.Services(database);
        var course = await TrainingWorld.CourseAsync(services, "Tracing basics", new DateOnly(2025, 3, 3));

        var result = (await TrainingWorld.ImportAsync(services, course, "Officer,Sex\nArben Krasniqi,M\n")).Value!;

        Assert.Equal("TrainingNoNameColumns", Assert.Single(result.Problems).Message.Code);
    }

    [Fact]
    public async Task Import_CallerWithoutTheTrainingRole_NotFoundAndNothingRead()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var officer = TrainingWorld.Services(database);
        await using var analyst = TrainingWorld.Services(database, TestUsers.Analyst());
        var course = await TrainingWorld.CourseAsync(officer, "Tracing basics", new DateOnly(2025, 3, 3));

        var result = await TrainingWorld.ImportAsync(analyst, course, "Name,Sex\nArben Krasniqi,M\n");

        Assert.True(result.NotFound);
    }
}
