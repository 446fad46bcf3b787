using FocalPoint.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Community;

/// <summary>A case worker takes a referral from the form to closure; an analyst cannot reach it (menu, URL by id).</summary>
public sealed class ReferralBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CaseWorker_TakesAReferralFromTheFormToClosure_StagesShownInHistory()
    {
        var page = await fixture.SignedInPageAsync("caseworker", startPath: "/");
        await Expect(page.Locator("#home-referrals")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, "150-referral-home-en");

        await page.GotoAsync("/referrals/new");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await page.ClickAsync("#save-referral");
        await Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        await page.FillAsync("#ref-agency", "Primary school");
        await page.FillAsync("#ref-role", "Teacher");
        await page.FillAsync("#ref-name", "SYNTHETIC Browser Subject");
        await page.FillAsync("#ref-age", "16");
        await page.SelectOptionAsync("#ref-sex", "Male");
        await page.SelectOptionAsync("#ref-municipality", "1");
        await page.FillAsync("#ref-concerns", "Shares violent videos in the class chat and threatens classmates (synthetic).");
        await fixture.ShotAsync(page, "151-referral-form-en");
        await page.ClickAsync("#save-referral");
        await page.WaitForUrlAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#referral-subject")).ToHaveTextAsync("SYNTHETIC Browser Subject");

        await page.SelectOptionAsync("#screen-outcome", "Accepted");
        await page.ClickAsync("#screen-save");
        await page.SelectOptionAsync("#consent-status", "Given");
        await page.FillAsync("#consent-basis", "Law 06/L-082 art. 6(1)(a)");
        await page.ClickAsync("#consent-save");
        await Expect(page.Locator("#consent-form .field-error")).ToBeVisibleAsync();
        await page.SelectOptionAsync("#consent-status", "GivenByGuardian");
        await page.ClickAsync("#consent-save");
        await page.FillAsync("#vaf-assessor", "Channel practitioner");
        await page.SelectOptionAsync("#vaf-engagement", "Medium");
        await page.ClickAsync("#vaf-save");
        await page.FillAsync("#panel-attendees", "Police; Social work; School");
        await page.FillAsync("#panel-decision", "Mentoring and family support.");
        await page.ClickAsync("#panel-save");
        await page.FillAsync("#support-provider", "Youth mentoring NGO");
        await page.ClickAsync("#support-save");
        await page.FillAsync("#review-summary", "Attends mentoring weekly.");
        await page.ClickAsync("#review-save");
        await Expect(page.Locator("#referral-record")).ToContainTextAsync("Attends mentoring weekly.");
        await fixture.ShotAsync(page, "152-referral-support-en");
        await page.SelectOptionAsync("#exit-reason", "VulnerabilityReduced");
        await page.ClickAsync("#exit-save");

        await Expect(page.Locator("#referral-closed")).ToBeVisibleAsync();
        await Expect(page.Locator("#referral-history li")).ToHaveCountAsync(5);
        await fixture.ShotAsync(page, "153-referral-closed-en");
    }

    [Theory]
    [InlineData("sq", "154-referral-page-sq")]
    [InlineData("sr-Latn", "155-referral-page-sr")]
    public async Task CaseWorker_SeesADemoReferralAndTheFiguresInTheirLanguage(string culture, string shot)
    {
        var id = await DemoReferralAsync();
        var page = await fixture.SignedInPageAsync("caseworker", culture, startPath: $"/referrals/{id}");
        await Expect(page.Locator("#referral-subject")).ToContainTextAsync("SYNTHETIC");
        await fixture.ShotAsync(page, shot);

        await page.GotoAsync("/community/referral-figures");
        await BrowserFixture.WaitUntilLiveAsync(page);
        await Expect(page.Locator("#figures-total")).ToBeVisibleAsync();
        await fixture.ShotAsync(page, shot.Replace("page", "figures", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyst_NoReferralInTheMenuAndTheAddressByIdSaysNotFound()
    {
        var id = await DemoReferralAsync();
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/");
        await Expect(page.Locator("nav.mainnav a[href='/referrals']")).ToHaveCountAsync(0);

        var response = await page.GotoAsync($"/referrals/{id}");

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        Assert.DoesNotContain("SYNTHETIC", await page.ContentAsync(), StringComparison.Ordinal);
        await fixture.ShotAsync(page, "156-referral-analyst-not-found-en");
    }

    private async Task<long> DemoReferralAsync()
    {
        _ = fixture.App.Services;
        await using var db = fixture.App.Database.CreateContext();
        return await db.Referrals.Where(r => r.Stage == Domain.Community.ReferralStage.Support).Select(r => r.Id).FirstAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
