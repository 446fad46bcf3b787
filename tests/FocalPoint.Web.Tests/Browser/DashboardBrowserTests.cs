using System.Globalization;
using System.Text.Json;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

public sealed class DashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_FiltersAndClicksABar_OpensTheIncidentsBehindIt()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/dashboard");
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { problems.Add(message.Text); } };

        // The dashboard opens on the latest year with data (the demo ends in 2024), not on an empty current year.
        await Expect(page.Locator("#dash-from")).ToHaveValueAsync("01.01.2024");
        await Expect(page.Locator("#dash-tiles")).ToHaveCountAsync(1);

        // A year without data is an empty state, not zeros presented as facts.
        await page.GotoAsync("/dashboard?from=2025-01-01&to=2025-12-31");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#dash-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("#dash-tiles")).ToHaveCountAsync(0);

        await page.FillAsync("#dash-from", "2024-01-01");
        await page.FillAsync("#dash-to", "2024-12-31");
        await page.SelectOptionAsync("#dash-directorate", "1");
        await Expect(page.Locator("#dash-municipality option")).ToHaveCountAsync(9);
        await Expect(page.Locator("#dash-from")).ToHaveValueAsync("01.01.2024");
        await page.ClickAsync("#dash-show");
        await page.WaitForUrlAsync(url => url.Contains("from=2024-01-01&to=2024-12-31&directorateId=1", StringComparison.Ordinal));
        await Expect(page.Locator("#dash-kinds canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dash-municipalities canvas")).ToHaveCountAsync(1);
        var all = await NumberAsync(page.Locator("#dash-tile-link"));
        await page.WaitForTimeoutAsync(800);
        await fixture.ShotAsync(page, "60-dashboard-2024-prishtine");

        // A real click in the middle of the first (largest) bar of the kinds chart.
        var (x, y) = await BarCentreAsync(page, "dash-kinds");
        await page.Mouse.ClickAsync(x, y);
        await page.WaitForUrlAsync(url => url.Contains("&kind=", StringComparison.Ordinal));
        await Expect(page.Locator("#dash-selection button.chip")).ToHaveCountAsync(2);
        await Expect(page.Locator("#dash-kinds canvas")).ToHaveCountAsync(1);
        var figure = await NumberAsync(page.Locator("#dash-tile-link"));
        Assert.InRange(figure, 1, all - 1);
        Assert.Equal(figure, await NumberAsync(page.Locator("#dash-open")));

        var href = (await page.Locator("#dash-open").GetAttributeAsync("href"))!;
        Assert.StartsWith("/incidents?from=2024-01-01&to=2024-12-31&kind=", href, StringComparison.Ordinal);
        Assert.Contains("&directorateId=1", href, StringComparison.Ordinal);
        Assert.Equal(figure, await ListTotalAsync(page, href));

        var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dash-csv-kinds"));
        var lines = (await File.ReadAllTextAsync((await csv.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Key,Label,Incidents,YearEarlier", lines[0]);
        Assert.Equal(figure, lines.Skip(1).Sum(l => int.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)));
        var png = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dash-png-months"));
        Assert.EndsWith(".png", png.SuggestedFilename, StringComparison.Ordinal);

        await page.ClickAsync("#dash-open");
        await page.WaitForUrlAsync(url => url.Contains("/incidents?from=2024-01-01", StringComparison.Ordinal));
        Assert.True(problems.Count == 0, string.Join(" | ", problems));
    }

    [Theory]
    [InlineData("en", "61-dashboard-en")]
    [InlineData("sq", "62-dashboard-sq")]
    [InlineData("sr-Latn", "63-dashboard-sr")]
    public async Task Commander_SeesTheDashboardInEachLanguage(string culture, string shot)
    {
        var page = await fixture.SignedInPageAsync("commander", culture, startPath: "/dashboard");

        await page.FillAsync("#dash-from", "2024-01-01");
        await page.FillAsync("#dash-to", "2024-12-31");
        await page.ClickAsync("#dash-show");

        await Expect(page.Locator("#dash-municipalities canvas")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dash-top-municipalities tbody tr")).ToHaveCountAsync(10);
        await page.WaitForTimeoutAsync(1000);
        await fixture.ShotAsync(page, shot);
    }

    private static async Task<(float X, float Y)> BarCentreAsync(IPage page, string id)
    {
        var canvas = page.Locator($"#{id} canvas");
        await canvas.ScrollIntoViewIfNeededAsync();
        var box = (await canvas.BoundingBoxAsync())!;
        var pixel = await page.EvaluateAsync<double[]>(
            "id => { const c = echarts.getInstanceByDom(document.getElementById(id)); const v = c.getOption().series[0].data[0]; return c.convertToPixel({ seriesIndex: 0 }, [v / 2, 0]); }", id);
        return ((float)(box.X + pixel[0]), (float)(box.Y + pixel[1] - 3));
    }

    /// <summary>The incident list's total for the same query, through the API the list page uses (same filter binding).</summary>
    private static async Task<int> ListTotalAsync(IPage page, string href)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/incidents/" + href["/incidents".Length..] + "&pageSize=1");
        using var document = JsonDocument.Parse(await response.TextAsync());
        return document.RootElement.GetProperty("totalCount").GetInt32();
    }

    private static async Task<int> NumberAsync(ILocator locator) => int.Parse(new string([.. (await locator.InnerTextAsync()).Where(char.IsDigit)]), CultureInfo.InvariantCulture);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
