using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// First contact, per role: every demo account lands on a home page with its own work, in three languages, and every
/// link its navigation offers opens (no "No access", no "Not found"); the bar fits 1280 px and opens by keyboard.
/// </summary>
public sealed class RoleHomeBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Checked = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Roles => new()
    {
        { "admin", "#home-accounts" },
        { "analyst", "#dashboard-slot" },
        { "investigator", "#home-my-cases" },
        { "border", "#home-agency-incidents" },
        { "customs", "#home-my-imports" },
        { "commander", "#dashboard-slot" },
        { "liaison", "#home-latest-incidents" },
        { "auditor", "#home-audit" },
        { "coordinator", "#home-safety" },
        { "caseworker", "#home-referrals" },
        { "cyber", "#home-cyber-clocks" },
        { "cyberreporter", "#home-cyber-reporter" },
        { "trainer", "#home-training" },
        { "ciministry", "#home-infrastructure" },
        { "operator", "#home-infrastructure" },
        { "examiner", "#home-can-do" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task HomeAndMenu_EveryRole_OwnWorkInThreeLanguagesAndNoLinkIsRefused(string user, string ownWork)
    {
        var page = await fixture.SignedInPageAsync(user, startPath: "/");
        await page.SetViewportSizeAsync(1280, 800);

        foreach (var culture in new[] { "en", "sq", "sr-Latn" })
        {
            await page.GotoAsync($"/culture/set?culture={culture}&returnUrl=/");
            await BrowserFixture.WaitUntilLiveAsync(page);
            await Expect(page.Locator(ownWork)).ToBeVisibleAsync();
            await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
            await AssertNavigationFitsOneLineAsync(page);
            await fixture.ShotAsync(page, $"50-home-{user}-{culture}");
        }

        await page.GotoAsync("/culture/set?culture=en&returnUrl=/");
        await BrowserFixture.WaitUntilLiveAsync(page);
        var links = await page.Locator(".mainnav .menuitems a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var href in links)
        {
            await page.GotoAsync(href);
            await BrowserFixture.WaitUntilLiveAsync(page);
            Assert.DoesNotContain("/account/", page.Url, StringComparison.Ordinal);
            await Expect(page.Locator("#not-found")).ToHaveCountAsync(0);
            await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            await Expect(page.Locator("main h1").First).Not.ToHaveTextAsync("No access");
            await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
            // Each page is checked once per run, by the first role that opens it: the check takes seconds a page, and
            // the roles share the pages' markup and styles.
            if (Checked.TryAdd(href, user))
            {
                await AccessibilityCheck.AssertCleanAsync(page, $"{user} {href}");
            }
        }
    }

    [Fact]
    public async Task Menu_Commander_OffersNoPageTheCommanderIsRefused()
    {
        var page = await fixture.SignedInPageAsync("commander", startPath: "/");

        var links = await page.Locator(".mainnav .menuitems a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Contains("/incidents", links);
        Assert.Contains("/reports/iafq", links);
        Assert.DoesNotContain("/incidents/new", links);
        Assert.DoesNotContain("/import", links);
        Assert.DoesNotContain("/persons", links);
        Assert.DoesNotContain("/admin/accounts", links);
    }

    [Fact]
    public async Task Menu_Coordinator_OffersCommunitySafetyAndTheReferralFiguresOnly()
    {
        var page = await fixture.SignedInPageAsync("coordinator", startPath: "/");

        var links = await page.Locator(".mainnav .menuitems a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Equal(["/community/safety", "/community/safety/meetings", "/community/referral-figures"], links);
        await Expect(page.Locator("#home-safety a[href='/community/safety']")).ToBeVisibleAsync();
        await Expect(page.Locator("#home-referral-figures")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Menu_Keyboard_TabOpensTheMenuAndReachesItsLinks()
    {
        var page = await fixture.SignedInPageAsync("analyst", startPath: "/");
        var items = page.Locator("#menu-registry-items");
        await Expect(items).ToBeHiddenAsync();

        await page.Locator("#menu-registry .menubutton").FocusAsync();
        await Expect(items).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("/incidents", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await fixture.ShotAsync(page, "51-menu-open-by-keyboard");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForUrlAsync(url => url.EndsWith("/incidents", StringComparison.Ordinal));
    }

    /// <summary>Every menu button and the session links sit on one line inside the viewport.</summary>
    private static async Task AssertNavigationFitsOneLineAsync(IPage page)
    {
        var boxes = await page.Locator(".topbar .brand, .topbar .menubutton, .topbar .session").EvaluateAllAsync<double[][]>(
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, r.right]; })");
        var width = page.ViewportSize!.Width;
        Assert.All(boxes, b => Assert.True(b[2] <= width, $"The navigation overflows {width} px (right edge {b[2]})."));
        var middle = boxes.Select(b => (b[0] + b[1]) / 2).ToList();
        Assert.True(middle.Max() - middle.Min() < 12, $"The navigation wraps: rows at {string.Join(", ", middle)}.");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
