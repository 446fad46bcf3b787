using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The shell around the pages: account actions, the audit log and its chain check, not-found, the API reference.</summary>
public sealed class ShellBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Accounts_DisableByKeyboard_AsksFirstAndCancelChangesNothing()
    {
        var page = await fixture.SignedInPageAsync("admin", startPath: "/admin/accounts");

        await page.Locator("#disable-caseworker").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#account-confirm")).ToContainTextAsync("caseworker");
        await Expect(page.Locator("#confirm-action")).ToBeFocusedAsync();
        await fixture.ShotAsync(page, "52-accounts-confirm-disable");
        await page.Locator("#cancel-action").ClickAsync();
        await Expect(page.Locator("#account-confirm")).ToHaveCountAsync(0);
        Assert.False(await IsDisabledAsync("caseworker"));

        await page.Locator("#disable-caseworker").ClickAsync();
        await Expect(page.Locator("#confirm-action")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#enable-caseworker")).ToBeVisibleAsync();
        Assert.True(await IsDisabledAsync("caseworker"));
        await page.Locator("#enable-caseworker").ClickAsync();
        await Expect(page.Locator("#disable-caseworker")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task IncidentWithPersons_OneView_WritesOneAuditEntry()
    {
        var incidentId = await IncidentWithPersonsAsync();
        var page = await fixture.SignedInPageAsync("analyst");
        var before = await ConsultationsAsync(incidentId);

        await page.GotoAsync($"/incidents/{incidentId}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);

        await page.WaitForTimeoutAsync(500);
        Assert.Equal(before + 1, await ConsultationsAsync(incidentId));
    }

    private async Task<int> ConsultationsAsync(long incidentId)
    {
        await using var db = fixture.App.Database.CreateContext();
        var id = $"Incident/{incidentId}";
        return await db.AuditEntries.CountAsync(e => e.Actor == "analyst" && e.RecordKind == "Incident" && ("," + e.RecordIds + ",").Contains("," + id + ","));
    }

    [Fact]
    public async Task AuditLog_Auditor_FitsTheScreenLinksRecordsAndVerifiesTheChain()
    {
        var incidentId = await IncidentWithPersonsAsync();
        var analyst = await fixture.SignedInPageAsync("analyst");
        await analyst.GotoAsync($"/incidents/{incidentId}");
        await BrowserFixture.WaitUntilLiveAsync(analyst);
        await Expect(analyst.Locator("main h1")).ToBeVisibleAsync();

        var page = await fixture.SignedInPageAsync("auditor", startPath: "/audit");
        await page.SetViewportSizeAsync(1280, 900);
        var before = await AuditLogViewsAsync();
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#audit-table")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(before + 1, await AuditLogViewsAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The audit log is wider than the screen.");

        await page.Locator($"#audit-table a[href='/audit?record=Incident%2F{incidentId}']").First.ClickAsync();
        await page.WaitForUrlAsync(url => url.Contains("record=Incident", StringComparison.Ordinal));
        await Expect(page.Locator("#audit-record")).ToHaveValueAsync($"Incident/{incidentId}");
        // Wait for the filtered table itself: the unfiltered one's last row names the incident too.
        await Expect(page.Locator("#audit-table tbody tr").Filter(new() { HasNotText = $"Incident/{incidentId}" })).ToHaveCountAsync(0);
        var rows = await page.Locator("#audit-table tbody tr").AllInnerTextsAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains($"Incident/{incidentId}", row, StringComparison.Ordinal));

        await page.Locator("#chain-verify").ClickAsync();
        await Expect(page.Locator("#chain-result")).ToContainTextAsync("The chain is intact.");
        await fixture.ShotAsync(page, "53-audit-log-verified");

        // The auditor opens the record an entry names, to check the consultation against it.
        await page.Locator($"#audit-table a.open[href='/incidents/{incidentId}']").First.ClickAsync();
        await page.WaitForUrlAsync(url => url.EndsWith($"/incidents/{incidentId}", StringComparison.Ordinal));
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(page.Locator("main")).Not.ToContainTextAsync("No access");
    }

    [Fact]
    public async Task UnknownAddress_SignedIn_ShowsTheTranslatedNotFoundPageInTheLayout()
    {
        var page = await fixture.SignedInPageAsync("investigator", startPath: "/");
        await page.GotoAsync("/culture/set?culture=sq&returnUrl=/no/such/page");

        await Expect(page.Locator("#not-found h1")).ToHaveTextAsync("Nuk u gjet");
        await Expect(page.Locator(".mainnav")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "54-not-found-sq");
    }

    [Fact]
    public async Task ApiReference_ShowsNoVendorButtonsLoadsNothingFromOutsideAndLinksBack()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/");
        var outside = new List<string>();
        var refused = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(fixture.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };

        await page.Locator("#api-link").ClickAsync();
        await page.WaitForUrlAsync(url => url.Contains("/api", StringComparison.Ordinal));
        await Expect(page.GetByText("ListIncidents").Or(page.GetByText("Incidents")).First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(1000);
        // The vendor's page is not ours to fix, so it gets a screenshot without the accessibility check.
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "55-api-reference.png") });

        var text = await page.Locator("body").InnerTextAsync();
        foreach (var vendor in new[] { "Ask AI", "Generate SDK", "Deploy", "Share" })
        {
            Assert.DoesNotContain(vendor, text, StringComparison.Ordinal);
        }

        Assert.Empty(outside);
        Assert.Empty(refused);
        await page.Locator("#back-to-app").ClickAsync();
        await page.WaitForUrlAsync(url => url.TrimEnd('/') == fixture.BaseUrl.TrimEnd('/'));
    }

    private async Task<bool> IsDisabledAsync(string userName)
    {
        await using var db = fixture.App.Database.CreateContext();
        var lockoutEnd = await db.Users.Where(u => u.UserName == userName).Select(u => u.LockoutEnd).SingleAsync();
        return lockoutEnd == DateTimeOffset.MaxValue;
    }

    private async Task<int> AuditLogViewsAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        return await db.AuditEntries.CountAsync(e => e.Actor == "auditor" && e.RecordKind == "AuditLog" && e.Action == AuditAction.Consult);
    }

    private async Task<long> IncidentWithPersonsAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        return await db.Incidents
            .Where(i => (i.Tlp == Tlp.Green || i.Tlp == Tlp.Clear) && i.HandlingCode != HandlingCode.H3 && i.Persons.Any())
            .OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
