using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>Filters, sort and page live in the address: Back restores them and the address can be bookmarked.</summary>
public sealed class ListStateBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task IncidentList_FilterPageOpenAndBack_ShowsTheSameFilterAndPage()
    {
        var page = await fixture.SignedInPageAsync("analyst");
        await page.Locator("#incident-table tbody tr").First.WaitForAsync();
        // The prerendered rows show before the circuit answers: wait for it, or the clicks go nowhere.
        await BrowserFixture.WaitUntilLiveAsync(page);

        await page.SelectOptionAsync("#filter-kind", "Seizure");
        await page.FillAsync("#filter-text", "pistol");
        await page.ClickAsync("#filter-apply");
        await page.WaitForUrlAsync(url => url.EndsWith("/incidents?kind=Seizure&text=pistol", StringComparison.Ordinal));
        await page.ClickAsync("#page-next");
        await page.WaitForUrlAsync(url => url.EndsWith("/incidents?kind=Seizure&text=pistol&page=2", StringComparison.Ordinal));
        await Expect(page.Locator(".pager span")).ToContainTextAsync("Page 2");
        var rowsOnPageTwo = await page.Locator("#incident-table tbody tr td a").AllInnerTextsAsync();
        await fixture.ShotAsync(page, "50-incidents-filtered-page-2");

        await page.Locator("#incident-table tbody tr td a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(rowsOnPageTwo[0]);
        await page.GoBackAsync();
        await BrowserFixture.WaitUntilLiveAsync(page);

        Assert.EndsWith("/incidents?kind=Seizure&text=pistol&page=2", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#filter-kind")).ToHaveValueAsync("Seizure");
        await Expect(page.Locator("#filter-text")).ToHaveValueAsync("pistol");
        await Expect(page.Locator(".pager span")).ToContainTextAsync("Page 2");
        Assert.Equal(rowsOnPageTwo, await page.Locator("#incident-table tbody tr td a").AllInnerTextsAsync());
        await fixture.ShotAsync(page, "51-incidents-after-back");

        // The dashboard's drill-down names (the IncidentFilter properties in camelCase) open the same list.
        await page.GotoAsync("/incidents?from=2023-01-01&to=2023-12-31&municipalityId=1&sort=Oldest");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#filter-from")).ToHaveValueAsync("01.01.2023");
        await Expect(page.Locator("#filter-municipality")).ToHaveValueAsync("1");
        var first = await page.Locator("#incident-table tbody tr td:nth-child(2)").First.InnerTextAsync();
        Assert.Contains("2023", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonSearch_PurposeAskedOnce_OpenResultAndBack_KeepsTheSearchOutOfTheAddress()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/persons");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#purpose", "Case work: identify the owner");
        await page.ClickAsync("#purpose-confirm");
        await page.FillAsync("#search-name", "Krasnići");
        await page.ClickAsync("#search-persons");
        await Expect(page.Locator("#person-results tbody tr").First).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "52-person-search-grouped");
        var shown = await page.Locator("#person-results td a[href^='/persons/']").AllInnerTextsAsync();

        await page.Locator("#person-results td a[href^='/persons/']").First.ClickAsync();
        await Expect(page.Locator("#person-incidents")).ToBeVisibleAsync();
        await Expect(page.Locator("#purpose")).ToHaveCountAsync(0);
        await page.GoBackAsync();

        await Expect(page.Locator("#person-results tbody tr").First).ToBeVisibleAsync();
        Assert.Equal(shown, await page.Locator("#person-results td a[href^='/persons/']").AllInnerTextsAsync());
        Assert.DoesNotContain("Krasn", Uri.UnescapeDataString(page.Url), StringComparison.OrdinalIgnoreCase);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
