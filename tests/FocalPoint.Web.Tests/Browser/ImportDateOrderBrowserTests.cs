using System.Text;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>Issue 19 item 11 on the page: dates the file cannot decide are asked about before the import can start.</summary>
public sealed class ImportDateOrderBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    public async Task Editor_AmbiguousDates_ChoosesTheOrderBeforeCommitting(string culture)
    {
        var page = await fixture.SignedInPageAsync("analyst", culture: culture, startPath: "/import");
        await BrowserFixture.WaitUntilLiveAsync(page);
        var file = "Numri i rastit;Data;Komuna;Pershkrimi;Lloji i armes\n"
            + $"D-1;01/02/2024;Prishtinë;Pistol found ({culture});Pistoletë\n"
            + $"D-2;03/04/2024;Gjakovë;Rifle seized ({culture});Pushkë automatike\n";

        await page.FillAsync("#import-source", "browser-dates-" + culture);
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "us-dates.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(file) });
        await page.ClickAsync("#import-stage");
        await page.SelectOptionAsync("#every-Kind", "Seizure");
        await page.SelectOptionAsync("#every-HandlingCode", "H1");
        await page.ClickAsync("#import-apply-mapping");

        await Expect(page.Locator("#import-dates-finding")).ToContainTextAsync("01/02/2024");
        await Expect(page.Locator("#import-commit")).ToBeDisabledAsync();
        await fixture.ShotAsync(page, $"33a-import-dates-ask-{culture}");

        await page.SelectOptionAsync("#import-date-order", "MonthFirst");
        await Expect(page.Locator("#import-preview tbody tr").First).ToContainTextAsync("2024-01-02");
        await Expect(page.Locator("#import-commit")).ToBeEnabledAsync();
        await Expect(page.Locator("#import-update-changed")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, $"33b-import-dates-chosen-{culture}");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
