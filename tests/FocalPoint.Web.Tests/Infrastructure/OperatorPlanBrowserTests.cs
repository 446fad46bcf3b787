using FocalPoint.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Infrastructure;

/// <summary>
/// Issue 16, item 2: the ministry raises the energy sector's threat level; the operator's security officer sees the
/// graduated measures it puts in force, revises the plan (a new measure, a review date), submits it and confirms the
/// measures applied; the operator never sees another operator.
/// </summary>
public sealed class OperatorPlanBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Languages = ["en", "sq", "sr-Latn"];

    [Fact]
    public async Task Operator_UpdatesThePlanAfterAThreatLevelChange_SubmitsAndConfirmsTheMeasures()
    {
        var ministry = await fixture.SignedInPageAsync("ciministry", startPath: "/infrastructure");
        await ministry.SelectOptionAsync("#level-sector", "Energy");
        await ministry.SelectOptionAsync("#level-level", "Critical");
        await ministry.FillAsync("#level-reason", "Drone sightings over substations (test)");
        await ministry.ClickAsync("#level-save");
        await Expect(ministry.Locator("#level-Energy")).ToContainTextAsync("Critical");
        foreach (var culture in Languages)
        {
            await ministry.GotoAsync($"/culture/set?culture={culture}&returnUrl=/infrastructure");
            await BrowserFixture.WaitUntilLiveAsync(ministry);
            await Expect(ministry.Locator("#operators")).ToBeVisibleAsync();
            await fixture.ShotAsync(ministry, $"140-infrastructure-overview-{culture}");
        }

        await ministry.Context.CloseAsync();

        var page = await fixture.SignedInPageAsync("operator", startPath: "/");
        await Expect(page.Locator("#home-infrastructure")).ToContainTextAsync("3 measures to apply at level Critical");
        await page.ClickAsync("#home-infrastructure li a");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#infra-to-apply li")).ToHaveCountAsync(3);

        await page.FillAsync("#measure-text", "Drone detection at every substation (test)");
        await page.SelectOptionAsync("#measure-level", "Critical");
        await page.ClickAsync("#measure-add");
        await Expect(page.Locator("#plan-pending")).ToContainTextAsync("Drone detection at every substation (test)");
        await page.FillAsync("#review-due", TimeProvider.System.GetUtcNow().AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("#review-save");
        await page.ClickAsync("#plan-submit");
        await Expect(page.Locator("#infra-message")).ToHaveTextAsync("The plan was submitted to the ministry.");
        await page.ClickAsync("#infra-confirm");
        await Expect(page.Locator("#infra-to-apply")).ToHaveCountAsync(0);
        await Expect(page.Locator("#plan-pending tr.overdue")).ToHaveCountAsync(0);
        var operatorPath = new Uri(page.Url).AbsolutePath;

        foreach (var culture in Languages)
        {
            await page.GotoAsync($"/culture/set?culture={culture}&returnUrl={operatorPath}");
            await BrowserFixture.WaitUntilLiveAsync(page);
            await Expect(page.Locator("#plan-pending")).ToBeVisibleAsync();
            await fixture.ShotAsync(page, $"141-infrastructure-operator-{culture}");
        }

        await page.GotoAsync("/infrastructure");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#operators tbody tr")).ToHaveCountAsync(1);
    }
}
