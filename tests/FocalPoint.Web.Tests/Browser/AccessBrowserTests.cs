using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The access rules as users meet them: a commander sees lists but not persons; a consultation is audited with its purpose.</summary>
public sealed class AccessBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Commander_SeesIncidentListsAndCountsButIsRefusedAPersonPage()
    {
        var (incidentId, personId) = await OpenIncidentWithPersonAsync();
        var page = await fixture.SignedInPageAsync("commander");

        await Expect(page.Locator("#result-count")).ToBeVisibleAsync();
        await page.GotoAsync($"/incidents/{incidentId}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#persons-withheld")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "10-commander-incident-persons-withheld");

        await page.GotoAsync($"/persons/{personId}");
        await page.WaitForUrlAsync(url => url.Contains("/account/denied", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync("No access");
        await fixture.ShotAsync(page, "11-commander-refused-person");
    }

    [Fact]
    public async Task Analyst_StatesAPurposeToOpenAPerson_AndTheAuditorFindsThatConsultation()
    {
        var (_, personId) = await OpenIncidentWithPersonAsync();
        var purpose = $"Browser test {Guid.NewGuid():N}"[..24];
        var analyst = await fixture.SignedInPageAsync("analyst");

        await analyst.GotoAsync($"/persons/{personId}");
        await BrowserFixture.WaitUntilLiveAsync(analyst);
        await Expect(analyst.Locator("#purpose")).ToBeVisibleAsync();
        await fixture.ShotAsync(analyst, "12-purpose-prompt");
        await analyst.FillAsync("#purpose", purpose);
        await analyst.ClickAsync("#purpose-confirm");
        await Expect(analyst.Locator("#person-incidents")).ToBeVisibleAsync();
        await fixture.ShotAsync(analyst, "13-person-page");

        var auditor = await fixture.SignedInPageAsync("auditor", startPath: "/audit");
        await auditor.FillAsync("#audit-purpose", purpose);
        await auditor.ClickAsync("#audit-apply");
        var table = auditor.Locator("#audit-table");
        await Expect(table).ToContainTextAsync($"Person/{personId}");
        await Expect(table).ToContainTextAsync("analyst");
        await fixture.ShotAsync(auditor, "14-auditor-finds-consultation");
    }

    private async Task<(long IncidentId, long PersonId)> OpenIncidentWithPersonAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        var found = await db.Incidents
            .Where(i => (i.Tlp == Tlp.Green || i.Tlp == Tlp.Clear) && i.HandlingCode != HandlingCode.H3 && i.Persons.Any())
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, Person = i.Persons.Select(p => p.PersonId).First() })
            .FirstAsync();
        return (found.Id, found.Person);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
