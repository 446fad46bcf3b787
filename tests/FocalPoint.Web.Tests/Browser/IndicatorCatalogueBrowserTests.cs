using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The administrator's editor of the indicator catalogue: a refused change says why, a saved one is the next version.</summary>
public sealed class IndicatorCatalogueBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_ChangesADefinition_SeesTheRefusalThenTheNewVersion()
    {
        var cultures = new[] { "en", "sq", "sr-Latn" };
        for (var i = 0; i < cultures.Length; i++)
        {
            var culture = cultures[i];
            var page = await fixture.SignedInPageAsync("admin", culture, startPath: "/admin/accounts");
            await BrowserFixture.FollowMenuLinkAsync(page, "/admin/indicators");
            await page.Locator("h1").ClickAsync(); // closes the menu opened by focus
            await page.ClickAsync("#ind-edit-FIREARMS_RECOVERED");
            await page.FillAsync("#ind-definition", $"Firearms put into the authorities' hands ({culture}).");
            await page.FillAsync("#ind-disaggregations", "recovery,colour");
            await page.FillAsync("#ind-reason", "Wording agreed with SEESAC");
            await page.ClickAsync("#ind-save");
            await Expect(page.Locator("#ind-cat-editor .field-error")).ToContainTextAsync("colour");
            await fixture.ShotAsync(page, $"46-indicator-refused-{culture}");

            await page.FillAsync("#ind-disaggregations", "recovery,type,directorate,municipality");
            await page.ClickAsync("#ind-save");
            await Expect(page.Locator("#ind-cat-message")).ToContainTextAsync((i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(page.Locator("#ind-versions tbody tr")).ToHaveCountAsync(i + 2);
            await Expect(page.Locator("#ind-versions tbody tr").First).ToContainTextAsync($"({culture})");
            await Expect(page.Locator("#ind-FIREARMS_RECOVERED td.num")).ToHaveTextAsync((i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await fixture.ShotAsync(page, $"47-indicator-version-{culture}");
            await page.Context.CloseAsync();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
