using FocalPoint.Testing;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>
/// The application on a real Kestrel port and Debian's Chromium driven by Playwright. Chromium is a
/// requirement here, not an option: ./test.sh installs it, and without it these tests fail rather than skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public SqliteApp App { get; } = new();
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";
    public string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        var chromium = Environment.GetEnvironmentVariable("FOCALPOINT_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}. Run ./test.sh, which installs the Debian package.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);

        // CI machines are small and shared: allow a slow circuit, fail only on a real absence.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }

    /// <summary>Opens a page and signs in through the form as the given demo account.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string culture = "en", string startPath = "/incidents")
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1400, Height = 900 }, Locale = culture });
        // A loaded machine (parallel test projects, a benchmark) can take well over Playwright's default 30 s for a
        // first render; a real absence still fails, only later.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        await AccessibilityCheck.InstallAsync(context);
        var page = await context.NewPageAsync();
        PageJournal.Attach(page, App.RecentLog);
        try
        {
            await page.GotoAsync(startPath);
            await page.FillAsync("input[name=userName]", userName);
            await page.FillAsync("input[name=password]", FocalPointApp.Password);
            await page.ClickAsync("button[type=submit]");

            // Every demo account has a second factor: answer it with the code of its fixed demo secret.
            await page.WaitForUrlAsync(url => url.Contains("/account/login-2fa", StringComparison.Ordinal));
            await page.FillAsync("input[name=code]", FocalPointApp.DemoCode(userName));
            await page.ClickAsync("button[type=submit]");
            await page.WaitForUrlAsync(url => url.EndsWith(startPath, StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Signing in as {userName} timed out: {e.Message}{Environment.NewLine}{PageJournal.Explain(page)}", e);
        }

        await WaitUntilLiveAsync(page);
        return page;
    }

    /// <summary>Follows a link of the navigation: opens its drop-down menu (by focus, as a keyboard user does) and clicks it.</summary>
    public static async Task FollowMenuLinkAsync(IPage page, string href)
    {
        var link = page.Locator($"nav.mainnav a[href='{href}']");
        await link.Locator("xpath=ancestor::li[contains(@class,'menu')]/button").FocusAsync();
        await link.ClickAsync();
    }

    public static Task WaitUntilLiveAsync(IPage page) => page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Saves a screenshot, then checks the page with axe-core (contrast and other serious WCAG violations) and for English left in Albanian or Serbian pages.</summary>
    public async Task ShotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        await AccessibilityCheck.AssertCleanAsync(page, name);
        await UntranslatedTextCheck.AssertNoneAsync(page);
    }
}
