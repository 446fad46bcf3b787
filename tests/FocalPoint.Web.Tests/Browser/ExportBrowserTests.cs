using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

public sealed class ExportBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_ExportsTheFilteredListAsCsv()
    {
        var page = await fixture.SignedInPageAsync("analyst");
        await page.SelectOptionAsync("#filter-kind", "Found");
        await page.ClickAsync("#filter-apply");
        await Expect(page.Locator("#incident-table tbody tr td:nth-child(3)").First).ToHaveTextAsync("Found");
        var firstOnScreen = (await page.Locator("#incident-table tbody tr td a").First.InnerTextAsync()).Trim();
        await fixture.ShotAsync(page, "20-export-buttons");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));

        Assert.Equal("incidents.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Reference,Kind,Date", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.Equal(firstOnScreen, lines[1].Split(',')[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal("Found", l.Split(',')[1]));
    }

    [Fact]
    public async Task Commander_OpensIafqStatisticsFromTheMenu()
    {
        var page = await fixture.SignedInPageAsync("commander");

        await BrowserFixture.FollowMenuLinkAsync(page, "/reports/iafq");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#iafq-ArmsByType")).ToBeVisibleAsync();

        // The demo data covers 2018 to 2024.
        // It opens on the latest year with data, and the picker marks the years without any.
        await Expect(page.Locator("#iafq-year")).ToHaveValueAsync("2024");
        await Expect(page.Locator("#iafq-year option[value='2025']")).ToContainTextAsync("no data");
        await page.SelectOptionAsync("#iafq-year", "2024");
        await page.ClickAsync("#iafq-show");

        await Expect(page.Locator("#iafq-ArmsByType")).ToContainTextAsync("Pistols");
        await Expect(page.Locator("#iafq-SDG16-4-2")).ToContainTextAsync("Total");
        await Expect(page.Locator("#iafq-indicator")).ToContainTextAsync("SDG 16.4.2 for 2024");
        await Expect(page.Locator("#iafq-xlsx")).ToHaveAttributeAsync("href", "/api/v1/reports/iafq/2024.xlsx");
        await fixture.ShotAsync(page, "21-iafq-statistics");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
