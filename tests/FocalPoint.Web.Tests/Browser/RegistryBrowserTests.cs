using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

public sealed class RegistryBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_FiltersOpensRecordsAndFindsANewSeizure()
    {
        var page = await fixture.SignedInPageAsync("analyst");
        await page.Locator("#incident-table tbody tr").First.WaitForAsync();
        await fixture.ShotAsync(page, "01-incident-list");

        // Filter to seizures: every row shown is a seizure.
        await page.SelectOptionAsync("#filter-kind", "Seizure");
        await page.ClickAsync("#filter-apply");
        await Expect(page.Locator("#incident-table tbody tr td:nth-child(3)").First).ToHaveTextAsync("Seizure");
        var kinds = await page.Locator("#incident-table tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.All(kinds, k => Assert.Equal("Seizure", k.Trim()));
        await fixture.ShotAsync(page, "02-filtered-seizures");

        // Open the first incident.
        var reference = (await page.Locator("#incident-table tbody tr td a").First.InnerTextAsync()).Trim();
        await page.Locator("#incident-table tbody tr td a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(reference);
        await fixture.ShotAsync(page, "03-incident-details");

        // Record a new seizure with a firearm; the normalised serial shows while typing.
        await page.GotoAsync("/incidents/new");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#occurred", "2024-06-01T10:15");
        await page.SelectOptionAsync("#municipality", "1");
        await page.FillAsync("#narrative", "Browser test: pistol in a glove box at Merdare.");
        await page.ClickAsync("#add-firearm");
        await page.SelectOptionAsync("#firearm-0-type", "1");
        await page.FillAsync("#firearm-0-calibre", "9 mm Para");
        await page.Locator("#firearm-0-serial").PressSequentiallyAsync("zq-77 01");
        await Expect(page.Locator("#firearm-0-serial-normalised")).ToHaveTextAsync("ZQ7701");
        await fixture.ShotAsync(page, "04-new-seizure-form");
        await page.ClickAsync("#save");
        await Expect(page.Locator("#firearm-table")).ToContainTextAsync("zq-77 01");
        await Expect(page.Locator("#firearm-table")).ToContainTextAsync("9x19mm");
        await fixture.ShotAsync(page, "05-new-seizure-saved");
        var newReference = (await page.Locator("h1").InnerTextAsync()).Split(' ')[0];

        // Find it in the list by its narrative.
        await page.GotoAsync("/incidents");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#filter-text", "glove box at Merdare");
        await page.ClickAsync("#filter-apply");
        await Expect(page.Locator("#incident-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#incident-table tbody tr td a").First).ToHaveTextAsync(newReference);
        await fixture.ShotAsync(page, "06-found-in-list");
    }

    [Fact]
    public async Task NewIncident_InvalidForm_ShowsFieldMessagesAndSavesNothing()
    {
        var page = await fixture.SignedInPageAsync("investigator");
        await page.GotoAsync("/incidents/new");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#narrative", "<b>bold</b>");
        await page.ClickAsync("#add-firearm");
        await page.FillAsync("#firearm-0-calibre", "not a calibre");

        await page.ClickAsync("#save");

        await Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        await Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        Assert.EndsWith("/incidents/new", page.Url, StringComparison.Ordinal);
        await fixture.ShotAsync(page, "07-form-errors");
    }

    [Fact]
    public async Task LanguageSwitch_ToAlbanian_TranslatesTheList()
    {
        var page = await fixture.SignedInPageAsync("border");

        await page.ClickAsync(".languages a[lang=sq]");
        await BrowserFixture.WaitUntilLiveAsync(page);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Incidentet");
        await fixture.ShotAsync(page, "08-albanian");
    }

    [Fact]
    public async Task Administrator_AddsACalibreSpelling_ListShowsIt()
    {
        var page = await fixture.SignedInPageAsync("admin", startPath: "/reference");
        await page.ClickAsync("#add-calibre");
        await page.FillAsync("#calibre-name", ".300 AAC Blackout");
        await page.FillAsync("#calibre-aliases", "300 BLK\n7,62x35");
        await page.ClickAsync("#calibre-save");

        await Expect(page.Locator("table.grid")).ToContainTextAsync(".300 AAC Blackout");
        await Expect(page.Locator("table.grid")).ToContainTextAsync("300 BLK");
        await fixture.ShotAsync(page, "09-reference-data");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
