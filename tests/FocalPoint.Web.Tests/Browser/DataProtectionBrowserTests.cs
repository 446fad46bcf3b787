using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The screens around personal data: notes marked fact or assessment, the retention queue, accounts.</summary>
public sealed class DataProtectionBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Investigator_AddsAnAssessmentNote_ShownMarkedAsAssessment()
    {
        await using var db = fixture.App.Database.CreateContext();
        var incidentId = await db.Incidents.Where(i => i.Tlp == Tlp.Green && i.HandlingCode != HandlingCode.H3).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var page = await fixture.SignedInPageAsync("investigator");
        await page.GotoAsync($"/incidents/{incidentId}");
        await BrowserFixture.WaitUntilLiveAsync(page);

        await page.SelectOptionAsync("#note-kind", "Assessment");
        await page.FillAsync("#note-text", "Likely part of the Merdare supply chain.");
        await page.ClickAsync("#add-note");

        await Expect(page.Locator("#notes")).ToContainTextAsync("Likely part of the Merdare supply chain.");
        await Expect(page.Locator("#notes")).ToContainTextAsync("Assessment");
        await fixture.ShotAsync(page, "15-notes");
    }

    [Fact]
    public async Task Analyst_OpensTheRetentionQueue()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/retention");
        // The queue names persons: it asks why before showing any.
        await Expect(page.Locator("#retention-queue")).ToHaveCountAsync(0);
        await page.FillAsync("#purpose", "Monthly retention review");
        await page.ClickAsync("#purpose-confirm");

        await Expect(page.Locator("#retention-queue, #retention-empty").First).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "16-retention-queue");
    }

    [Fact]
    public async Task Administrator_SeesTheAccounts()
    {
        var page = await fixture.SignedInPageAsync("admin", startPath: "/admin/accounts");

        await Expect(page.Locator("#account-table")).ToContainTextAsync("analyst");
        await fixture.ShotAsync(page, "17-accounts");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
