using FocalPoint.Testing;
using FocalPoint.Web.Tests.Browser;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Community.Safety;

/// <summary>A coordinator runs a safety audit from set-up to an action plan and its dashboard; the council report PDF in three languages.</summary>
public sealed class SafetyBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Coordinator_RunsAnAuditFromSetUpToActionPlan_SeesTheMunicipalDashboard()
    {
        var page = await fixture.SignedInPageAsync("coordinator", startPath: "/");
        await Expect(page.Locator("#home-safety")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "160-safety-home-en");

        await BrowserFixture.FollowMenuLinkAsync(page, "/community/safety");
        await page.SelectOptionAsync("#audit-municipality", "1");
        await page.FillAsync("#audit-title", "Prishtina safety audit (browser)");
        await page.FillAsync("#audit-partners", "Municipality; police station; schools");
        await page.FillAsync("#audit-scope", "Weapons at home and celebratory shooting");
        await page.ClickAsync("#audit-start");
        await page.WaitForUrlAsync(url => url.Contains("/community/safety/audits/", StringComparison.Ordinal));
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#figures-DomesticViolence")).ToBeVisibleAsync();

        await page.ClickAsync("#audit-advance");
        await Expect(page.Locator("#audit-stage")).ToHaveTextAsync("Audit");
        await page.FillAsync("#survey-title", "Feeling of safety");
        await page.FillAsync("#survey-questions", "I feel safe at night\nGuns are fired at weddings");
        await page.ClickAsync("#survey-save");
        var respondents = page.Locator("[id$='-respondents']");
        await Expect(respondents).ToContainTextAsync("0");
        await page.Locator("[id^='resp-'][id$='-q1']").FillAsync("9");
        await page.Locator("[id^='resp-'][id$='-save']").ClickAsync();
        await Expect(page.Locator("[id^='respondent-form'] .field-error")).ToBeVisibleAsync();
        await page.Locator("[id^='resp-'][id$='-q1']").FillAsync("2");
        await page.Locator("[id^='resp-'][id$='-sex']").SelectOptionAsync("Female");
        await page.Locator("[id^='resp-'][id$='-save']").ClickAsync();
        await Expect(respondents).ToContainTextAsync("1");
        await page.FillAsync("#priority-problem", "Weapons at home");
        await page.FillAsync("#priority-rationale", "Women answer lowest on safety at home.");
        await page.ClickAsync("#priority-save");
        await Expect(page.Locator("#priorities li")).ToHaveCountAsync(1);

        await page.ClickAsync("#audit-advance");
        await Expect(page.Locator("#item-form")).ToBeVisibleAsync();
        await page.FillAsync("#item-title", "Awareness sessions in schools");
        await page.FillAsync("#item-deadline", "2027-06-30");
        await page.FillAsync("#item-baseline", "5");
        await page.FillAsync("#item-target", "2");
        await page.SelectOptionAsync("#item-kind", "DomesticViolence");
        await page.ClickAsync("#item-save");
        await Expect(page.Locator("#item-errors")).ToBeVisibleAsync();
        await page.FillAsync("#item-owner", "Directorate of education");
        await page.FillAsync("#item-indicator", "Domestic violence incidents with a weapon");
        await page.ClickAsync("#item-save");
        await Expect(page.Locator("#action-items tbody tr")).ToHaveCountAsync(1);
        await page.ClickAsync("#audit-advance");
        await Expect(page.Locator("#progress-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#audit-history li")).ToHaveCountAsync(4);
        await fixture.ShotAsync(page, "161-safety-audit-en");

        await page.ClickAsync("#to-dashboard");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#indicator-lines tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#indicator-lines")).ToContainTextAsync("From the registry");
        await fixture.ShotAsync(page, "162-safety-dashboard-en");
    }

    [Theory]
    [InlineData("en", "En", "Monthly police security report", "Gjilan", "163-safety-meetings-en")]
    [InlineData("sq", "Sq", "Raporti mujor i policisë", "Gjilan", "164-safety-meetings-sq")]
    [InlineData("sr-Latn", "Sr", "Mesečni policijski izveštaj", "Gnjilane", "165-safety-meetings-sr")]
    public async Task Coordinator_DownloadsTheCouncilReport_CountsInTheChosenLanguage(string culture, string language, string title, string municipality, string shot)
    {
        var page = await fixture.SignedInPageAsync("coordinator", culture, startPath: "/community/safety/meetings");
        await page.SelectOptionAsync("#meetings-municipality", "28");
        await page.FillAsync("#meetings-year", "2026");
        await page.ClickAsync("#meetings-show");
        await Expect(page.Locator("#meetings-year-total")).ToBeVisibleAsync();
        await page.SelectOptionAsync("#report-municipality", "28");
        await page.FillAsync("#report-month", "2024-12");
        await page.SelectOptionAsync("#report-language", language);
        await fixture.ShotAsync(page, shot);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-download"));
        var pdf = Path.Combine(fixture.ScreenshotFolder, $"{shot}-council-report.pdf");
        await download.SaveAsAsync(pdf);
        var text = await Poppler.PlainTextAsync(pdf);

        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(municipality, text, StringComparison.Ordinal);
        Assert.DoesNotContain("SYNTHETIC", text, StringComparison.Ordinal);

        await page.GotoAsync("/community/safety/audits/1");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#audit-surveys")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, shot.Replace("meetings", "audit", StringComparison.Ordinal));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
