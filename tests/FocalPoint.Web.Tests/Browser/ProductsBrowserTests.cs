using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>The analyst composes, previews and publishes the bulletin, then downloads its PDF and XLSX annex.</summary>
public sealed class ProductsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_PreviewsAndPublishesABulletin_DownloadsItsPdfAndAnnex()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/products");

        // A period still running or written wrongly is refused with a message; nothing is published.
        await page.FillAsync("#prod-period", "March");
        await page.ClickAsync("#prod-preview");
        await Expect(page.Locator(".field-error")).ToContainTextAsync("2024-03");
        await Expect(page.Locator("#prod-publish")).ToBeDisabledAsync();

        await page.FillAsync("#prod-period", "2024-03");
        await page.FillAsync("#prod-commentary", "Seizures rose before the wedding season.");
        await page.ClickAsync("#prod-preview");
        await Expect(page.Locator("#prod-preview-doc h1")).ToContainTextAsync("Firearms Focal Point bulletin: March 2024");
        await Expect(page.Locator("#prod-preview-doc .commentary")).ToContainTextAsync("Seizures rose before the wedding season.");
        await Expect(page.Locator("#prod-preview-doc svg.chart").First).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "70-products-preview-en");

        await page.ClickAsync("#prod-publish");
        await Expect(page.Locator("#prod-message")).ToContainTextAsync("edition 1", new() { Timeout = 90_000 });
        var row = page.Locator("#prod-list tbody tr").First;
        await Expect(row).ToContainTextAsync("2024-03");
        await fixture.ShotAsync(page, "71-products-published-en");

        var pdf = await page.RunAndWaitForDownloadAsync(() => row.Locator("a[id^=prod-pdf-]").ClickAsync());
        var xlsx = await page.RunAndWaitForDownloadAsync(() => row.Locator("a[id^=prod-xlsx-]").ClickAsync());
        Assert.Equal("bulletin-2024-03-en-e1.pdf", pdf.SuggestedFilename);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync((await pdf.PathAsync())!))[..4]);
        Assert.Equal("PK"u8.ToArray(), (await File.ReadAllBytesAsync((await xlsx.PathAsync())!))[..2]);
    }

    [Theory]
    [InlineData("sq", "Buletini i Pikës Fokale për Armë: Mars 2024", "72-products-preview-sq")]
    [InlineData("sr-Latn", "Bilten Fokalne tačke za oružje: Mart 2024", "73-products-preview-sr")]
    public async Task Analyst_PreviewsTheBulletinInTheirLanguage(string culture, string title, string shot)
    {
        var page = await fixture.SignedInPageAsync("analyst", culture, startPath: "/products");

        await page.FillAsync("#prod-period", "2024-03");
        await page.ClickAsync("#prod-preview");

        await Expect(page.Locator("#prod-preview-doc h1")).ToContainTextAsync(title);
        await fixture.ShotAsync(page, shot);
    }

    [Fact]
    public async Task Analyst_SavesATemplateWithAnUnknownPlaceholder_IsToldItsName()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/products/templates");

        await Expect(page.Locator("#tpl-body")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("commentary"));
        await page.FillAsync("#tpl-body", "# Bulletin {{period}}\n\n{{totals}}");
        await page.ClickAsync("#tpl-save");

        await Expect(page.Locator(".field-error")).ToContainTextAsync("{{totals}}");
        await Expect(page.Locator("#tpl-state")).ToContainTextAsync("shipped with FocalPoint");
        await fixture.ShotAsync(page, "74-product-template-refused");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
