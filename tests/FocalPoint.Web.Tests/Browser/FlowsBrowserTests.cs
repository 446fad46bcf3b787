using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

public sealed class FlowsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_ChangesThePeriod_SeesDiagramMapAndTableAndExportsCsv()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/flows");
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { problems.Add(message.Text); } };

        // The view opens on the latest year with data (the demo ends in 2024), and the years with data are offered.
        await Expect(page.Locator("#flow-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#flow-from")).ToHaveValueAsync("01.01.2024");
        await Expect(page.Locator("#flow-years button.active")).ToHaveTextAsync("2024");
        await Expect(page.Locator("#flow-years")).ToContainTextAsync("2018");
        await fixture.ShotAsync(page, "40-flows-latest-year");

        await page.FillAsync("#flow-from", "2024-01-01");
        await page.FillAsync("#flow-to", "2024-12-31");
        await page.ClickAsync("#flow-show");

        await Expect(page.Locator("#flow-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#flow-sankey canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#flow-map canvas")).ToHaveCountAsync(1);
        if (SharedGeoData.MunicipalityBoundaries is null)
        {
            await Expect(page.Locator("#flow-attribution")).ToHaveCountAsync(0);
        }
        else
        {
            await Expect(page.Locator("#flow-attribution")).ToContainTextAsync("OpenStreetMap");
        }

        var total = await NumberAsync(page.Locator("#flow-total"));
        var byMunicipality = await page.Locator("#flow-municipalities tbody td.num").AllInnerTextsAsync();
        Assert.True(total > 0);
        Assert.Equal(total, byMunicipality.Sum(Parse));
        await page.WaitForTimeoutAsync(800);
        await fixture.ShotAsync(page, SharedGeoData.MunicipalityBoundaries is null ? "41-flows-2024-points" : "41-flows-2024");

        await page.ClickAsync("#flow-sort-Manufacture");
        await Expect(page.Locator("th:has(#flow-sort-Manufacture)")).ToHaveAttributeAsync("aria-sort", "ascending");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#flow-csv"));
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ManufactureCountry,", lines[0], StringComparison.Ordinal);
        var routes = lines.Length - 1;
        Assert.Equal(Math.Min(25, routes), await page.Locator("#flow-table tbody tr").CountAsync());
        if (routes > 25)
        {
            // The routes table is paged; the last page holds the rest.
            var pages = (routes + 24) / 25;
            for (var p = 1; p < pages; p++)
            {
                await page.ClickAsync("#flow-table-next");
            }

            await Expect(page.Locator("#flow-table tbody tr")).ToHaveCountAsync(routes - ((pages - 1) * 25));
            await Expect(page.Locator("#flow-table-next")).ToBeDisabledAsync();
        }

        Assert.Equal(total, lines.Skip(1).Sum(l => int.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture)));

        await page.SelectOptionAsync("#flow-type", "1");
        await page.ClickAsync("#flow-show");
        await Expect(page.Locator("#flow-total")).Not.ToHaveTextAsync(total.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en")));
        await Expect(page.Locator("#flow-sankey canvas")).ToHaveCountAsync(1);
        Assert.True(await NumberAsync(page.Locator("#flow-total")) < total);
        await page.WaitForTimeoutAsync(800);
        await fixture.ShotAsync(page, "42-flows-pistols");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Commander_FindsFlowsInTheMenuInAlbanian()
    {
        var page = await fixture.SignedInPageAsync("commander", "sq");
        await BrowserFixture.FollowMenuLinkAsync(page, "/flows");
        await BrowserFixture.WaitUntilLiveAsync(page);

        await Expect(page.Locator("#flow-years button.active")).ToHaveTextAsync("2024");

        await Expect(page.Locator("#flow-map canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Flukset e armëve");
        await page.WaitForTimeoutAsync(800);
        await fixture.ShotAsync(page, "43-flows-sq");

        // The whole demo period: enough arms taken at crossing points that the transit column names neighbours.
        await page.FillAsync("#flow-from", "2018-01-01");
        await page.ClickAsync("#flow-show");
        await Expect(page.Locator("#flow-summary")).ToContainTextAsync("01.01.2018");
        // Every page of the routes table.
        var routes = await page.Locator("#flow-table tbody tr").CountAsync();
        var inland = await page.Locator("#flow-table tbody tr").Filter(new() { HasText = "Brenda vendit" }).CountAsync();
        while (await page.Locator("#flow-table-next").IsVisibleAsync() && await page.Locator("#flow-table-next").IsEnabledAsync())
        {
            var shown = await page.Locator("#flow-table-page").InnerTextAsync();
            await page.ClickAsync("#flow-table-next");
            await Expect(page.Locator("#flow-table-page")).Not.ToHaveTextAsync(shown);
            routes += await page.Locator("#flow-table tbody tr").CountAsync();
            inland += await page.Locator("#flow-table tbody tr").Filter(new() { HasText = "Brenda vendit" }).CountAsync();
        }

        Assert.True(inland < routes, $"{inland} of {routes} routes inland");
        await page.WaitForTimeoutAsync(800);
        await fixture.ShotAsync(page, "44-flows-sq-2018-2024");
    }

    private static async Task<int> NumberAsync(ILocator locator) => Parse(await locator.InnerTextAsync());

    private static int Parse(string text) => int.Parse(new string([.. text.Where(char.IsDigit)]), System.Globalization.CultureInfo.InvariantCulture);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
