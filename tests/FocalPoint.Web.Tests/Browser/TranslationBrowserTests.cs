using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// The analyst's and the investigator's pages in Albanian and Serbian: every shot runs the untranslated-text check
/// (<see cref="UntranslatedTextCheck"/>), and dates show day first with dots.
/// </summary>
[Collection(ResolutionRuns.Name)]
public sealed class TranslationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Purpose = "Translation review of case pages";

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    public async Task AnalystPages_InTheLanguage_ShowNoEnglishAndDayFirstDates(string culture)
    {
        var page = await fixture.SignedInPageAsync("analyst", culture);
        await page.Locator("#incident-table tbody tr").First.WaitForAsync();
        var firstDate = (await page.Locator("#incident-table tbody tr td:nth-child(2)").First.InnerTextAsync()).Trim();
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4}", firstDate);
        await fixture.ShotAsync(page, $"t-{culture}-01-incidents");

        // The fixture's demo is not resolved yet: run resolution from the page, then open a doubtful pair.
        await page.GotoAsync("/entities/review");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.ClickAsync("#run-persons");
        await Expect(page.Locator("#run-result.info")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await fixture.ShotAsync(page, $"t-{culture}-02a-resolution-run");
        await page.ReloadAsync();
        await BrowserFixture.WaitUntilLiveAsync(page);
        await fixture.ShotAsync(page, $"t-{culture}-02-review-queue");
        if (await page.Locator("#review-queue a[href^='/entities/review/']").CountAsync() > 0)
        {
            await page.Locator("#review-queue a[href^='/entities/review/']").First.ClickAsync();
            await StatePurposeIfAskedAsync(page, "#waterfall");
            await fixture.ShotAsync(page, $"t-{culture}-03-review-pair");
        }

        // A person in an open incident, its resolved entity and the entity's page (record cards: sex, dates).
        await page.GotoAsync($"/persons/{await VisiblePersonAsync()}");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await StatePurposeIfAskedAsync(page, "#resolved-entity-link");
        await fixture.ShotAsync(page, $"t-{culture}-03-person");
        await page.ClickAsync("#resolved-entity-link");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await StatePurposeIfAskedAsync(page, "#entity-history");
        await fixture.ShotAsync(page, $"t-{culture}-04-entity");

        await OpenAndShootAsync(page, "/reports/iafq", "#iafq-indicator", $"t-{culture}-05-iafq");
        await page.GotoAsync("/flows");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.FillAsync("#flow-from", "01.01.2024");
        await page.FillAsync("#flow-to", "31.12.2024");
        await page.ClickAsync("#flow-show");
        await Expect(page.Locator("#flow-summary")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, $"t-{culture}-06-flows");
    }

    [Theory]
    [InlineData("sq")]
    [InlineData("sr-Latn")]
    public async Task NewIncidentErrors_InTheLanguage_AreTranslatedAndShort(string culture)
    {
        var page = await fixture.SignedInPageAsync("investigator", culture, "/incidents/new");
        await page.ClickAsync("#add-firearm");
        await page.FillAsync("#narrative", "");
        await page.ClickAsync("#save");

        await Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        var typeError = (await page.Locator("#firearm-0-type ~ .field-error, label:has(#firearm-0-type) .field-error").First.InnerTextAsync()).Trim();
        Assert.True(typeError.Length < 40, typeError);
        Assert.DoesNotContain("Accepted", typeError, StringComparison.Ordinal);
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$", await page.InputValueAsync("#occurred"));
        await fixture.ShotAsync(page, $"t-{culture}-08-new-incident-errors");
    }

    private async Task<long> VisiblePersonAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        return await db.IncidentPersons.AsNoTracking()
            .Where(ip => ip.Incident!.Tlp == Tlp.Green && ip.Incident.HandlingCode != HandlingCode.H3)
            .OrderBy(ip => ip.PersonId).Select(ip => ip.PersonId).FirstAsync();
    }

    private async Task OpenAndShootAsync(IPage page, string path, string ready, string shot)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator(ready)).ToBeVisibleAsync();
        await fixture.ShotAsync(page, shot);
    }

    /// <summary>The purpose is asked once per task and then remembered: answers the prompt when the page shows it.</summary>
    private static async Task StatePurposeIfAskedAsync(IPage page, string ready)
    {
        var prompt = page.Locator("#purpose");
        await Expect(prompt.Or(page.Locator(ready)).First).ToBeVisibleAsync();
        if (await prompt.IsVisibleAsync())
        {
            await page.FillAsync("#purpose", Purpose);
            await page.ClickAsync("#purpose-confirm");
        }

        await Expect(page.Locator(ready)).ToBeVisibleAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
