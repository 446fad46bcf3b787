using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The link chart opened from a registry page, at a laptop's 1440x900: the graph gets the screen.</summary>
public sealed class ChartLayoutBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task IncidentPage_OpenInLinkChart_CentresTheIncidentOnAChartThatFillsTheScreen()
    {
        var page = await fixture.SignedInPageAsync("analyst");
        await page.SetViewportSizeAsync(1440, 900);
        var first = page.Locator("#incident-table tbody tr td a").First;
        var href = (await first.GetAttributeAsync("href"))!;
        var id = href.Split('/')[^1];
        await first.ClickAsync();
        await BrowserFixture.WaitUntilLiveAsync(page);

        await page.ClickAsync("#open-in-chart");
        Assert.Contains($"open=incident%3A{id}", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#purpose", "Case work: the seizure's network");
        await page.ClickAsync("#purpose-confirm");
        await page.WaitForFunctionAsync("k => window.__linkChart && window.__linkChart.getElementById(k).selected()", $"incident:{id}");
        Assert.True(await page.EvaluateAsync<int>("() => window.__linkChart.nodes().length") > 1);
        await page.WaitForTimeoutAsync(600);
        await fixture.ShotAsync(page, "50-chart-opened-from-incident");

        var box = (await page.Locator("#chart-canvas").BoundingBoxAsync())!;
        Assert.True(box.Height >= 0.75 * 900, $"graph height {box.Height}");
        Assert.True(box.Width * box.Height >= 0.4 * 1440 * 900, $"graph {box.Width}x{box.Height}");

        // Folding both side panels gives the graph the width; full screen gives it the whole window.
        await page.ClickAsync("#chart-tools-panel > summary");
        await page.ClickAsync("#chart-side-panel > summary");
        await Assertions.Expect(page.Locator("#chart-tools-panel")).Not.ToHaveAttributeAsync("open", "");
        var folded = (await page.Locator("#chart-canvas").BoundingBoxAsync())!;
        Assert.True(folded.Width >= 0.9 * 1440 - 120, $"graph width {folded.Width} with panels folded");
        await page.ClickAsync("#chart-fullscreen");
        await page.WaitForTimeoutAsync(300);
        var full = (await page.Locator("#chart-canvas").BoundingBoxAsync())!;
        Assert.True(full.Height >= 900 - 60, $"graph height {full.Height} in full screen");
        await fixture.ShotAsync(page, "51-chart-full-screen");

        // Colouring by community switches the legend to the communities.
        await page.ClickAsync("#chart-fullscreen");
        await page.ClickAsync("#chart-side-panel > summary");
        await page.ClickAsync("#chart-tools-panel > summary");
        await page.ClickAsync("#chart-analyse");
        await Assertions.Expect(page.Locator("#chart-legend .chart-legend-community").First).ToBeVisibleAsync();
        await page.UncheckAsync("#chart-colour-community");
        await Assertions.Expect(page.Locator("#chart-legend .chart-legend-community")).ToHaveCountAsync(0);
        await fixture.ShotAsync(page, "52-chart-analysed");
    }
}
