using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Catalogue;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Application.Tests.Reports.Products;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Products;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Indicators.Catalogue;

/// <summary>The administrator's editor of the catalogue: a change is a new version, history kept, products keep theirs.</summary>
public sealed class IndicatorDefinitionEditTests
{
    private const string Firearms = IndicatorIds.FirearmsRecovered;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_ChangedDefinition_IsVersion2WithVersion1KeptAndIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Administrator("adm"));
        var input = (await OpenAsync(services)).Input;
        var seeded = input.Definition;
        input.Definition = "Firearms put into the authorities' hands by seizure, find or surrender.";
        input.Disaggregations = "recovery, type ,directorate";
        input.Reason = "Wording agreed with SEESAC";

        var result = await services.RunAsync<SaveIndicatorDefinition, CommandResult<int>>(s => s.HandleAsync(Firearms, input));

        Assert.Equal(2, result.Value);
        var opened = await OpenAsync(services);
        Assert.Equal(2, opened.Version);
        Assert.Equal([(2, "Wording agreed with SEESAC", input.Definition, "adm"), (1, "", seeded, "system")],
            opened.Versions.Select(v => (v.Number, v.Reason, v.Definition, v.SavedBy == "adm" ? "adm" : "system")));
        var entry = (await services.RunAsync<GetIndicatorCatalogue, IndicatorCatalogue>(c => c.HandleAsync())).Indicator(Firearms);
        Assert.Equal((2, input.Definition), (entry.Version, entry.Definition));
        Assert.Equal(["recovery", "type", "directorate"], entry.Disaggregations);
        var audit = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal((AuditAction.Alter, SaveIndicatorDefinition.RecordKind, Firearms), (audit.Action, audit.RecordKind, audit.RecordIds.Single()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_BadInput_IsRefusedFieldByFieldAndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Administrator("adm"));
        var input = (await OpenAsync(services)).Input;
        input.NameSq = " ";
        input.Disaggregations = "recovery,colour";
        input.Kpi = 99;
        input.Formula = "<script>";
        input.Reason = "x";

        var result = await services.RunAsync<SaveIndicatorDefinition, CommandResult<int>>(s => s.HandleAsync(Firearms, input));

        var errors = result.Errors!;
        Assert.Equal("Required", Assert.Single(errors.For(nameof(input.NameSq))).Code);
        var dimension = Assert.Single(errors.For(nameof(input.Disaggregations)));
        Assert.Equal("UnknownDimension", dimension.Code);
        Assert.StartsWith("Unknown breakdown colour.", dimension.English, StringComparison.Ordinal);
        Assert.Equal("UnknownValue", Assert.Single(errors.For(nameof(input.Kpi))).Code);
        Assert.Equal("NoMarkup", Assert.Single(errors.For(nameof(input.Formula))).Code);
        Assert.Equal("SayWhy", Assert.Single(errors.For(nameof(input.Reason))).Code);
        await AssertUnchangedAsync(services);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_NothingChangedOrAStaleVersion_MakesNoVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Administrator("adm"));
        var same = (await OpenAsync(services)).Input;
        same.Reason = "Checked, no change";
        var stale = (await OpenAsync(services)).Input;
        stale.Unit = "weapons";
        stale.Reason = "Plainer unit";
        stale.ExpectedVersion = 0;

        var unchanged = await services.RunAsync<SaveIndicatorDefinition, CommandResult<int>>(s => s.HandleAsync(Firearms, same));
        var conflict = await services.RunAsync<SaveIndicatorDefinition, CommandResult<int>>(s => s.HandleAsync(Firearms, stale));
        var missing = await services.RunAsync<SaveIndicatorDefinition, CommandResult<int>>(s => s.HandleAsync("NO_SUCH", same));

        Assert.Equal("DefinitionUnchanged", Assert.Single(unchanged.Errors!.For(nameof(same.Definition))).Code);
        Assert.True(conflict.Conflict);
        Assert.True(missing.NotFound);
        await AssertUnchangedAsync(services);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_ThenDefinitionChanged_FirstEditionKeepsVersion1AndTheNextUsesVersion2(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await IndicatorFixture.AddAsync(database);
        await using var analyst = TestServices.For(database, access: TestUsers.Analyst("p1"), replace: s => s.AddSingleton<IPdfRenderer, HtmlAsPdf>());
        await using var admin = TestServices.For(database, access: TestUsers.Administrator("adm"));
        var request = new ProductRequest(ProductKind.Roadmap, "2023", ProductLanguage.En, HandlingCode.H1, Tlp.Green);
        var first = (await analyst.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(request))).Value!;
        var firstPdf = (await analyst.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(first.Id, xlsx: false)))!.Content;
        var input = (await OpenAsync(admin)).Input;
        input.Definition = "Firearms newly defined for the test.";
        input.Reason = "New SEESAC guidance";
        await admin.RunAsync<SaveIndicatorDefinition, CommandResult<int>>(s => s.HandleAsync(Firearms, input));

        var second = (await analyst.RunAsync<PublishProduct, CommandResult<ProductSummary>>(p => p.HandleAsync(request))).Value!;

        var (firstUsed, secondUsed) = (await DefinitionAsync(analyst, first.Id), await DefinitionAsync(analyst, second.Id));
        Assert.Equal(1, firstUsed.Version);
        Assert.NotEqual(input.Definition, firstUsed.Definition);
        Assert.Equal((2, input.Definition), (secondUsed.Version, secondUsed.Definition));
        Assert.Equal(firstPdf, (await analyst.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(first.Id, xlsx: false)))!.Content);
        Assert.Contains($"({Firearms} v2)", HtmlAsPdf.Text((await analyst.RunAsync<GetProductFile, ProductFile?>(f => f.HandleAsync(second.Id, xlsx: false)))!.Content), StringComparison.Ordinal);
    }

    private static async Task<IndicatorForEdit> OpenAsync(ServiceProvider services) =>
        (await services.RunAsync<GetIndicatorVersions, IndicatorForEdit?>(g => g.HandleAsync(Firearms)))!;

    private static async Task AssertUnchangedAsync(ServiceProvider services)
    {
        var db = await services.ContextAsync();
        Assert.Equal(1, await db.IndicatorDefinitions.Where(d => d.Id == Firearms).Select(d => d.Version).SingleAsync());
        Assert.Equal(1, await db.IndicatorDefinitionVersions.CountAsync(v => v.IndicatorId == Firearms));
        Assert.Empty(services.GetRequiredService<RecordingAuditLog>().Events);
    }

    private static async Task<IndicatorEntry> DefinitionAsync(ServiceProvider services, long productId)
    {
        var db = await services.ContextAsync();
        var json = await db.PublishedProducts.Where(p => p.Id == productId).Select(p => p.InputsJson).SingleAsync();
        return ProductInputs.FromJson(json).Definitions.Single(d => d.Id == Firearms);
    }
}
