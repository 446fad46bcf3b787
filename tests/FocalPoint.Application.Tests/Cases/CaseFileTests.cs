using FocalPoint.Application.Cases;
using FocalPoint.Application.Cases.CaseFile;
using FocalPoint.Application.Common;
using FocalPoint.Application.Reports.Pdf;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Products;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>The case file for the prosecutor: what it prints, in which language, and the disclosure it records.</summary>
public sealed class CaseFileTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_PrintsIndexIncidentsItemsAndPersonsInRolesAndAuditsOneDisclosureToTheRecipient(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var (incident, reference) = await IncidentAsync(database, Tlp.Green, HandlingCode.H0);
        var printer = new CapturingRenderer();
        await using var services = TestServices.For(database, access: Investigator("inv1"), replace: s => s.AddSingleton<IPdfRenderer>(printer));
        var caseId = await CaseAsync(services, Input(owner: "inv1"));
        await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, reference));

        var result = await services.RunAsync<ExportCaseFile, CommandResult<CaseFileResult>>(e => e.HandleAsync(caseId, new CaseFileRequest("Basic Prosecution Office Prishtina")));

        Assert.True(result.Succeeded);
        Assert.EndsWith("-case-file.pdf", result.Value!.FileName, StringComparison.Ordinal);
        var html = printer.Html!;
        foreach (var expected in new[] { "Index", "Incidents", "Items", "Persons and their roles", "Journal", reference, "M70", "Agim Krasniqi", "Suspect", "Basic Prosecution Office Prishtina" })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }

        var disclosure = Assert.Single(services.Audit().Events, e => e.Action == AuditAction.Disclose);
        Assert.Equal(["Basic Prosecution Office Prishtina"], disclosure.Recipients);
        Assert.Contains($"Incident/{incident}", disclosure.RecordIds);
        Assert.Contains(disclosure.RecordIds, r => r.StartsWith("Person/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_InAlbanianWithoutRecipient_RefusedNothingPrintedThenPrintedInAlbanian(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var printer = new CapturingRenderer();
        await using var services = TestServices.For(database, access: Investigator("inv1"), replace: s => s.AddSingleton<IPdfRenderer>(printer));
        var caseId = await CaseAsync(services, Input(owner: "inv1"));

        var refused = await services.RunAsync<ExportCaseFile, CommandResult<CaseFileResult>>(e => e.HandleAsync(caseId, new CaseFileRequest("  ", ProductLanguage.Sq)));
        Assert.Null(printer.Html);
        var printed = await services.RunAsync<ExportCaseFile, CommandResult<CaseFileResult>>(e => e.HandleAsync(caseId, new CaseFileRequest("Prokuroria Themelore Pejë", ProductLanguage.Sq)));

        Assert.Equal("Required", refused.Errors!.For("Recipient").Single().Code);
        Assert.True(printed.Succeeded);
        Assert.Contains("Dosja e rastit", printer.Html, StringComparison.Ordinal);
        Assert.Single(services.Audit().Events, e => e.Action == AuditAction.Disclose);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_ByCommanderOnTeam_PersonsLeftOutAndNotNamedInTheAudit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var (_, reference) = await IncidentAsync(database, Tlp.Green, HandlingCode.H0);
        var printer = new CapturingRenderer();
        await using var services = TestServices.For(database, access: Commander(), replace: s => s.AddSingleton<IPdfRenderer>(printer));
        var caseId = await CaseAsync(services, Input(owner: "commander"));
        await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, reference));

        await services.RunAsync<ExportCaseFile, CommandResult<CaseFileResult>>(e => e.HandleAsync(caseId, new CaseFileRequest("Basic Prosecution Office Peja")));

        Assert.DoesNotContain("Krasniqi", printer.Html, StringComparison.Ordinal);
        Assert.Contains("persons are not included", printer.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Assert.Single(services.Audit().Events, e => e.Action == AuditAction.Disclose).RecordIds, r => r.StartsWith("Person/", StringComparison.Ordinal));
    }

    private sealed class CapturingRenderer : IPdfRenderer
    {
        public string? Html { get; private set; }

        public Task<byte[]> RenderAsync(string html, PageMargins? margins = null, CancellationToken cancellationToken = default)
        {
            Html = html;
            return Task.FromResult("%PDF-1.7"u8.ToArray());
        }
    }
}
