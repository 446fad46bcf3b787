using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Revisions;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Application.Security;
using FocalPoint.Application.Tests.Indicators;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Products;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace FocalPoint.Application.Tests.Reports.Products;

/// <summary>Publishing, downloading and regenerating products over the hand-counted <see cref="IndicatorFixture"/>, on both providers.</summary>
public sealed class PublishProductTests
{
    private static readonly ProductRequest Roadmap2023 = new(ProductKind.Roadmap, "2023", ProductLanguage.En, HandlingCode.H2, Tlp.Amber, "Celebratory shooting peaked at New Year.");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_Roadmap2023_StoresTheEditionWithItsInputsAndMarkingsAndAuditsIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        await using var services = Services(database, TestUsers.Analyst("p1"));

        var summary = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023))).Value!;

        Assert.Equal(1, summary.Edition);
        await using var db = database.CreateContext(new SystemUser("check"));
        var stored = await db.PublishedProducts.SingleAsync();
        var inputs = ProductInputs.FromJson(stored.InputsJson);
        Assert.Equal(5m, inputs.Value(IndicatorIds.Incidents)!.Value);
        Assert.Equal(0.5m, inputs.Value(IndicatorIds.Sdg1642)!.Value);
        Assert.Equal(1m, inputs.Earlier(IndicatorIds.Incidents)!.Value);
        Assert.True(inputs.Partial);
        Assert.Equal(16, inputs.Definitions.Count);
        Assert.Equal((HandlingCode.H2, Tlp.Amber, "p1"), (inputs.Header.HandlingCode, inputs.Header.Tlp, inputs.Header.Author));
        var printed = HtmlAsPdf.Text(stored.Pdf);
        Assert.Contains("TLP:AMBER · H2", printed, StringComparison.Ordinal);
        Assert.Contains("Celebratory shooting peaked at New Year.", printed, StringComparison.Ordinal);
        Assert.Contains("KPI 6", printed, StringComparison.Ordinal);
        var audit = services.GetRequiredService<RecordingAuditLog>().Events;
        Assert.Contains(audit, e => e.Action == AuditAction.Disclose && e.RecordKind == PublishProduct.RecordKind && e.RecordIds.SequenceEqual([summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_AfterALateTraceAnswer_IsTheNextEditionAndTheFirstKeepsItsFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await IndicatorFixture.AddAsync(database);
        await using var services = Services(database, TestUsers.Analyst("p1"));
        var first = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023))).Value!;
        var firstFile = await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(first.Id, xlsx: false));

        await fixture.AnswerLateAsync(database);
        var second = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023))).Value!;

        Assert.Equal(2, second.Edition);
        Assert.Equal(0.5m, await SdgAsync(services, first.Id));
        Assert.Equal(0.75m, await SdgAsync(services, second.Id));
        Assert.Equal(firstFile!.Content, (await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(first.Id, xlsx: false)))!.Content);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_RoadmapInAlbanianAndSerbian_PrintsTheDefinitionsAndSourcesInThatLanguage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        await using var services = Services(database, TestUsers.Analyst("p1"));

        var sq = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023 with { Language = ProductLanguage.Sq }))).Value!;
        var sr = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023 with { Language = ProductLanguage.Sr }))).Value!;

        var sqText = HtmlAsPdf.Text((await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(sq.Id, xlsx: false)))!.Content);
        var srText = HtmlAsPdf.Text((await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(sr.Id, xlsx: false)))!.Content);
        Assert.Contains("Regjistri: incidentet", sqText, StringComparison.Ordinal);
        Assert.DoesNotContain("recorded in the registry", sqText, StringComparison.Ordinal);
        Assert.Contains("Registar: incidenti", srText, StringComparison.Ordinal);
        Assert.DoesNotContain("recorded in the registry", srText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Regenerate_AfterTheRegistryChanged_GivesTheSameDocumentAndAnnexFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await IndicatorFixture.AddAsync(database);
        await using var services = Services(database, TestUsers.Analyst("p1"));
        var published = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023 with { Kind = ProductKind.Bulletin, Period = "2023-Q1" }))).Value!;
        await fixture.AnswerLateAsync(database);

        var again = await services.RunAsync<RegenerateProduct, (byte[] Pdf, byte[] Xlsx)?>(r => r.HandleAsync(published.Id));

        var pdf = await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(published.Id, xlsx: false));
        var xlsx = await services.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(published.Id, xlsx: true));
        Assert.Equal(HtmlAsPdf.Text(pdf!.Content), HtmlAsPdf.Text(again!.Value.Pdf));
        Assert.Equal(await FiguresAsync(xlsx!.Content), await FiguresAsync(again.Value.Xlsx));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_PeriodWithoutVisibleIncidents_IsRefusedAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        await using var services = Services(database, TestUsers.Analyst("p1"));

        var empty = await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023 with { Period = "2021" }));
        var notEnded = await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023 with { Period = "2099" }));
        var markup = await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023 with { Commentary = "<script>x</script>" }));

        Assert.Equal("ProductEmpty", Assert.Single(empty.Errors!.For(PreviewProduct.PeriodField)).Code);
        Assert.Equal("ProductPeriod", Assert.Single(notEnded.Errors!.For(PreviewProduct.PeriodField)).Code);
        Assert.Equal("NoMarkup", Assert.Single(markup.Errors!.For(PreviewProduct.CommentaryField)).Code);
        await using var db = database.CreateContext(new SystemUser("check"));
        Assert.Equal(0, await db.PublishedProducts.CountAsync());
        Assert.DoesNotContain(services.GetRequiredService<RecordingAuditLog>().Events, e => e.RecordKind == PublishProduct.RecordKind);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveTemplate_UnknownPlaceholderRefusedKnownOneUsedByTheNextEdition(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        await using var services = Services(database, TestUsers.Analyst("p1"));

        var refused = await services.RunAsync<SaveProductTemplate, CommandResult<int>>(s => s.HandleAsync(ProductKind.Roadmap, ProductLanguage.Sq, "# Raport {{perioda}}", 0));
        var unchanged = await services.RunAsync<GetProductTemplate, TemplateText>(g => g.HandleAsync(ProductKind.Roadmap, ProductLanguage.Sq));
        var saved = await services.RunAsync<SaveProductTemplate, CommandResult<int>>(s => s.HandleAsync(ProductKind.Roadmap, ProductLanguage.Sq, "# Raporti {{period}}\n\nIncidente: {{value:INCIDENTS}}", 0));
        var preview = await services.RunAsync<PreviewProduct, CommandResult<ProductInputs>>(p => p.HandleAsync(Roadmap2023 with { Language = ProductLanguage.Sq }));

        Assert.Contains("{{perioda}}", Assert.Single(refused.Errors!.For(SaveProductTemplate.BodyField)).English, StringComparison.Ordinal);
        Assert.True(unchanged.IsDefault);
        Assert.True(saved.Succeeded);
        Assert.Contains("<h1>Raporti 2023</h1><p>Incidente: 5</p>", ProductDocument.Body(preview.Value!), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Revisions_LateTraceAnswerAfterPublication_ShowPrintedValueValueNowAndWhy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var fixture = await IndicatorFixture.AddAsync(database);
        var clock = new ManualClock(new DateTimeOffset(2024, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await using var services = Services(database, TestUsers.Analyst("p1"), clock);
        var published = (await services.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(Roadmap2023))).Value!;
        var before = await RevisionsAsync(services);

        await fixture.AnswerLateAsync(database);
        var after = await RevisionsAsync(services);

        Assert.Empty(before);
        var sdg = Assert.Single(after[IndicatorIds.Sdg1642]);
        Assert.Equal((published.Id, 1, 0.5m, 0.75m), (sdg.ProductId, sdg.Edition, sdg.Published, sdg.Now));
        Assert.Contains(new RevisionReason(FindRevisions.TraceAnswersAfterCutOff, 1), sdg.Why);
        Assert.False(after.ContainsKey(IndicatorIds.Incidents));
    }

    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<IndicatorRevision>>> RevisionsAsync(ServiceProvider services)
    {
        var now = await services.RunAsync<ComputeIndicators, CommandResult<IndicatorSet>>(c => c.HandleAsync(IndicatorScope.Year(2023)));
        return await services.RunAsync<FindRevisions, IReadOnlyDictionary<string, IReadOnlyList<IndicatorRevision>>>(r => r.HandleAsync(now.Value!));
    }

    private static ServiceProvider Services(TestDatabase database, UserAccess user, TimeProvider? time = null) =>
        TestServices.For(database, access: user, time: time, replace: s => s.AddSingleton<IPdfRenderer, HtmlAsPdf>());

    private static async Task<decimal?> SdgAsync(ServiceProvider services, long id)
    {
        var db = await services.ContextAsync();
        return ProductInputs.FromJson(await db.PublishedProducts.Where(p => p.Id == id).Select(p => p.InputsJson).SingleAsync()).Value(IndicatorIds.Sdg1642)!.Value;
    }

    internal static async Task<List<string>> FiguresAsync(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        var rows = await stream.QueryAsync(useHeaderRow: true, sheetName: ProductAnnex.FiguresSheet);
        return [.. rows.Cast<IDictionary<string, object?>>().Select(r => $"{r["Id"]}={r["Value"]}/{r["YearEarlier"]}")];
    }
}
