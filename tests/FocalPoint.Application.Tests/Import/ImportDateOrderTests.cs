using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Application.Import.Normalising;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 11: 01/02/2014 is read as the whole date column says, and asked about when nothing says.</summary>
public sealed class ImportDateOrderTests
{
    private static string File(params string[] dates) => ImportFiles.Header + "\n"
        + string.Concat(dates.Select((d, i) => $"D-{i};{d};Prishtinë;Found;Pistoletë;;S{i};;;;\n"));

    private static MappingEdit Order(DateOrder order) => ImportFiles.Meanings with { DateOrder = order };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_MonthFirstDateAfterThePreviewedRows_ReadsEveryDateMonthFirst(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var dates = Enumerable.Repeat("01/02/2024", 30).Append("12/25/2023").ToArray();

        var (staged, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File(dates)), "us.csv");

        Assert.Equal(DateOrderEvidence.MonthFirst, staged.Value!.Dates!.Evidence);
        Assert.Equal(32, staged.Value.Dates.MonthFirst!.Row);
        Assert.Equal(31, committed!.Value!.RecordsImported);
        await using var db = await services.ContextAsync();
        Assert.Equal(30, await db.Incidents.CountAsync(i => i.OccurredOn == new DateOnly(2024, 1, 2)));
        Assert.Equal(1, await db.Incidents.CountAsync(i => i.OccurredOn == new DateOnly(2023, 12, 25)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_OnlyAmbiguousDates_RefusedUntilTheUserChoosesThenReadInThatOrder(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;
        var staged = await services.RunAsync<StageImport, ImportResult<StagedImport>>(h =>
            h.StageAsync(ImportFiles.Utf8(File("01/02/2014", "03/04/2014")), new StageRequest("kp", "ambiguous.csv", Edit: ImportFiles.Meanings)));
        var id = staged.Value!.BatchId;

        var refused = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(id));
        var mapping = staged.Value.Mapping.With(new MappingEdit(DateOrder: DateOrder.MonthFirst));
        var revised = await services.RunAsync<ReviseImport, ImportResult<StagedImport>>(h => h.ReviseAsync(id, new StageRevision(Mapping: mapping)));
        var committed = await services.RunAsync<CommitImport, ImportResult<ImportSummary>>(h => h.CommitAsync(id));

        Assert.Equal(DateOrderEvidence.Undecided, staged.Value.Dates!.Evidence);
        Assert.Equal("DatesUndecided", refused.Problem!.Code);
        Assert.Equal(["ambiguous.csv", "01/02/2014", "2"], refused.Problem.Args);
        Assert.Equal("2014-01-02 00:00", revised.Value!.Preview[0].Values["OccurredAt"]);
        Assert.Equal(2, committed.Value!.RecordsImported);
        await using var db = await services.ContextAsync();
        Assert.True(await db.Incidents.AnyAsync(i => i.OccurredOn == new DateOnly(2014, 3, 4)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stage_ContradictingDates_RefusedNamingAnExampleOfEachOrder(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (staged, _) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File("01/02/2024", "25/03/2024", "03/25/2024")), "mixed.csv");

        Assert.Equal(ImportProblemKind.BadFile, staged.Problem!.Kind);
        Assert.Contains("25/03/2024 (row 3) can only be day first, 03/25/2024 (row 4) only month first", staged.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("--date-order", staged.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await ImportFiles.CountsAsync(services)).Incidents);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_ContradictingDatesWithChosenOrder_ImportsThoseThatFitAndQuarantinesTheOthers(DatabaseProvider provider)
    {
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (_, committed) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(File("25/03/2024", "03/25/2024")), "mixed.csv",
            ImportPolicy.Quarantine, edit: Order(DateOrder.DayFirst));

        Assert.Equal(1, committed!.Value!.RecordsImported);
        Assert.Equal("Data", Assert.Single(committed.Value.FirstErrors).Field);
    }

    [Theory]
    [InlineData("01/02/2014", true, 1, 2)]
    [InlineData("1-2-14 10:30", true, 1, 2)]
    [InlineData("25/12/2024", true, 25, 12)]
    [InlineData("2014-01-02", false, 0, 0)]
    [InlineData("01.02.2014", false, 0, 0)]
    [InlineData("01/02", false, 0, 0)]
    public void TryParts_DateFormats_FindsOnlySlashAndDashDayMonthParts(string text, bool found, int first, int second)
    {
        Assert.Equal(found, DateOrderScan.TryParts(text, out var a, out var b));
        Assert.Equal((first, second), (a, b));
    }
}
