using FocalPoint.Testing;
using System.Globalization;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Cases;

/// <summary>An investigator runs a case: opens it, adds an incident and a task, writes a journal note, prints the case file.</summary>
public sealed class CaseBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Investigator_OpensCaseAddsIncidentTaskAndNote_DownloadsCaseFilePdf()
    {
        var incident = await OpenIncidentReferenceAsync();
        var page = await fixture.SignedInPageAsync("investigator", startPath: "/cases");
        await Expect(page.Locator("#case-table")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "80-cases-list-en");

        await page.ClickAsync("#new-case");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.ClickAsync("#save-case");
        await Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        await page.FillAsync("#case-title", "Converted pistols sold in Ferizaj");
        await page.SelectOptionAsync("#case-priority", "High");
        await fixture.ShotAsync(page, "81-case-new-en");
        await page.ClickAsync("#save-case");
        await page.WaitForUrlAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#case-heading")).ToContainTextAsync("Converted pistols sold in Ferizaj");

        await page.FillAsync("#attach-incident", "FP-1999-000001");
        await page.ClickAsync("#attach-incident-button");
        await Expect(page.Locator("#case-incidents .field-error")).ToContainTextAsync("not in the registry or not within your reach");
        await page.FillAsync("#attach-incident", incident);
        await page.ClickAsync("#attach-incident-button");
        await Expect(page.Locator("#case-incidents table")).ToContainTextAsync(incident);

        var overdue = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.FillAsync("#task-title", "Trace the seized pistol");
        await page.FillAsync("#task-due", overdue);
        await page.ClickAsync("#add-task");
        await Expect(page.Locator("#case-tasks table")).ToContainTextAsync("Trace the seized pistol");
        await Expect(page.Locator("#case-tasks .badge.overdue")).ToBeVisibleAsync();

        await page.SelectOptionAsync("#journal-kind", "Assessment");
        await page.FillAsync("#journal-text", "The seller most likely supplies the Prizren group.");
        await page.ClickAsync("#add-journal");
        await Expect(page.Locator("#journal-entries")).ToContainTextAsync("most likely supplies");
        await Expect(page.Locator("#case-timeline")).ToContainTextAsync("Journal note");
        await fixture.ShotAsync(page, "82-case-page-en");

        await page.FillAsync("#case-file-recipient", "Basic Prosecution Office Ferizaj");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#case-file-download"));
        var pdf = (await download.PathAsync())!;
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..4]);
        var text = await Poppler.PlainTextAsync(pdf);
        foreach (var expected in new[] { "Case file", "Index", "Converted pistols sold in Ferizaj", incident, "Trace the seized pistol", "most likely supplies", "Basic Prosecution Office Ferizaj" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        await page.GotoAsync("/");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#home-my-tasks li", new() { HasText = "Trace the seized pistol" }).Locator(".badge.overdue")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "83-home-overdue-task-en");
    }

    [Theory]
    [InlineData("sq", "Rastet", "84-case-page-sq")]
    [InlineData("sr-Latn", "Predmeti", "85-case-page-sr")]
    public async Task Investigator_SeesTheCaseListAndADemoCaseInTheirLanguage(string culture, string heading, string shot)
    {
        var caseId = await DemoCaseWithWorkAsync();
        var page = await fixture.SignedInPageAsync("investigator", culture, startPath: "/cases");

        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await fixture.ShotAsync(page, shot.Replace("page", "list", StringComparison.Ordinal));
        await page.GotoAsync($"/cases/{caseId}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#journal-entries")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, shot);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("border")]
    public async Task RoleWithoutCases_IsRefusedThePage(string user)
    {
        var page = await fixture.SignedInPageAsync(user, startPath: "/");

        await page.GotoAsync("/cases");

        await page.WaitForUrlAsync(url => url.Contains("/account/denied", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync("No access");
        await Expect(page.Locator("nav.mainnav a[href='/cases']")).ToHaveCountAsync(0);
    }

    private async Task<string> OpenIncidentReferenceAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        return await db.Incidents.Where(i => i.Tlp == Tlp.Green && i.HandlingCode != HandlingCode.H3).OrderBy(i => i.Id).Select(i => i.Reference).FirstAsync();
    }

    /// <summary>An open case the investigator owns, with an incident, a task and a journal note (the test demo is small).</summary>
    private async Task<long> DemoCaseWithWorkAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        var reference = $"CASE-2024-{Random.Shared.Next(9000, 9999)}";
        var @case = new Case { Reference = reference, Title = "Rifles from Tetovo", Owner = "investigator", Status = CaseStatus.Active, Tlp = Tlp.Red, HandlingCode = HandlingCode.H2 };
        @case.Team.Add(new CaseMember { UserName = "investigator" });
        @case.History.Add(new CaseHistoryEntry { ChangedAtUtc = new DateTime(2024, 5, 2, 8, 0, 0, DateTimeKind.Utc), ChangedBy = "investigator", NewStatus = CaseStatus.Active, NewOwner = "investigator" });
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        var incident = await db.Incidents.Where(i => i.Tlp == Tlp.Green).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        db.CaseIncidents.Add(new CaseIncident { CaseId = @case.Id, IncidentId = incident, AddedAtUtc = new DateTime(2024, 5, 2, 9, 0, 0, DateTimeKind.Utc), AddedBy = "investigator" });
        db.CaseTasks.Add(new CaseTask { CaseId = @case.Id, Title = "Kontrollo targat / Proveri tablice", Assignee = "investigator", DueOn = new DateOnly(2024, 6, 1) });
        db.CaseJournal.Add(new FocalPoint.Domain.Cases.CaseJournalEntry { CaseId = @case.Id, Kind = FocalPoint.Domain.Notes.NoteKind.Fact, Text = "Tri pushkë / Tri puške", SourceReliability = SourceReliability.B, InformationAccuracy = InformationAccuracy.KnownToSource });
        await db.SaveChangesAsync();
        return @case.Id;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
