using FocalPoint.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Cyber;

/// <summary>
/// Issue 16, item 1: a citizen reports a cyber incident without an account and follows it with code and secret; the
/// cyber unit triages a fresh report and meets its 24-hour early-warning clock.
/// </summary>
public sealed class CyberBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Languages = ["sq", "sr-Latn", "en"];

    [Fact]
    public async Task Citizen_ReportsWithoutAnAccount_CorrectsAMalformedIpAndFollowsTheReport()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        await AccessibilityCheck.InstallAsync(context);
        var page = await context.NewPageAsync();
        foreach (var culture in Languages)
        {
            await page.GotoAsync($"/culture/set?culture={culture}&returnUrl=/report/cyber");
            await Expect(page.Locator("#cyber-report-form")).ToBeVisibleAsync();
            await fixture.ShotAsync(page, $"120-cyber-report-{culture}");
        }

        await page.SelectOptionAsync("#cyber-type", "OnlineFraud");
        await page.FillAsync("#cyber-title", "Shop took my payment and vanished");
        await page.FillAsync("#cyber-detected", TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-3).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#cyber-description", "I paid 120 EUR on <b>cheap-phones.example</b>; the shop is gone.");
        await page.FillAsync("#cyber-indicators", "cheap-phones.example\n999.1.1.1");
        await page.ClickAsync("#cyber-send");
        // The page's proof of work runs first: on a loaded machine that can take a while.
        await Expect(page.Locator("#cyber-errors")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("#cyber-report-form")).ToContainTextAsync("\"999.1.1.1\" is not a valid IPv4.");
        await fixture.ShotAsync(page, "121-cyber-report-refused-en");

        await page.FillAsync("#cyber-indicators", "cheap-phones.example\n203.0.113.50");
        await page.ClickAsync("#cyber-send");
        await Expect(page.Locator("#cyber-receipt")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var code = (await page.Locator("#cyber-code").InnerTextAsync()).Trim();
        var secret = (await page.Locator("#cyber-secret").InnerTextAsync()).Trim();
        await fixture.ShotAsync(page, "122-cyber-report-received-en");

        await page.GotoAsync("/report/cyber/follow");
        await page.FillAsync("#follow-code", code);
        await page.FillAsync("#follow-secret", secret);
        await page.ClickAsync("#follow-send");
        await Expect(page.Locator("#follow-status-value")).ToHaveTextAsync("New");
        await fixture.ShotAsync(page, "123-cyber-follow-en");

        foreach (var culture in Languages[..2])
        {
            await page.GotoAsync($"/culture/set?culture={culture}&returnUrl=/report/cyber/follow");
            await page.FillAsync("#follow-code", code);
            await page.FillAsync("#follow-secret", "WRONG-SECRET");
            await page.ClickAsync("#follow-send");
            await Expect(page.Locator("#follow-none")).ToBeVisibleAsync();
            await fixture.ShotAsync(page, $"124-cyber-follow-refused-{culture}");
        }

        await context.CloseAsync();
    }

    [Fact]
    public async Task CyberUnit_TriagesAFreshReport_AndMeetsThe24HourClock()
    {
        var page = await fixture.SignedInPageAsync("cyber", startPath: "/");
        await Expect(page.Locator("#home-cyber-clocks")).ToContainTextAsync("CY-DEMO-");
        await page.GotoAsync("/cyber");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.ClickAsync("#cyber-queue a:has-text('CY-DEMO-0001')");
        await Expect(page.Locator("#clock-EarlyWarning")).ToBeVisibleAsync();

        await page.SelectOptionAsync("#triage-status", "Triaged");
        await page.SelectOptionAsync("#triage-severity", "High");
        await page.FillAsync("#triage-assignee", "cyber");
        await page.ClickAsync("#triage-save");
        await Expect(page.Locator("#cyber-message")).ToBeVisibleAsync();
        await page.ClickAsync("#meet-EarlyWarning");
        await Expect(page.Locator("#clock-EarlyWarning")).ToContainTextAsync("on time");
        await Expect(page.Locator("#meet-EarlyWarning")).ToHaveCountAsync(0);
        var incidentPath = new Uri(page.Url).AbsolutePath;

        foreach (var culture in Languages)
        {
            await page.GotoAsync($"/culture/set?culture={culture}&returnUrl={incidentPath}");
            await BrowserFixture.WaitUntilLiveAsync(page);
            await Expect(page.Locator("#cyber-clocks")).ToBeVisibleAsync();
            await fixture.ShotAsync(page, $"125-cyber-incident-{culture}");
            await page.GotoAsync("/cyber?view=Overdue");
            await BrowserFixture.WaitUntilLiveAsync(page);
            await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
            await fixture.ShotAsync(page, $"126-cyber-overdue-{culture}");
        }
    }
}
