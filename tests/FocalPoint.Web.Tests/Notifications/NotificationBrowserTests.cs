using System.Globalization;
using FocalPoint.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Notifications;

/// <summary>An investigator gives a colleague a task; the colleague sees the count in the top bar and opens it.</summary>
public sealed class NotificationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Task = "Check the dealer's sales book";

    [Fact]
    public async Task Investigator_AssignsTaskToColleague_ColleagueSeesCountAndOpensTheCase()
    {
        var investigator = await fixture.SignedInPageAsync("investigator", startPath: "/cases/new");
        await investigator.FillAsync("#case-title", "Sales from a licensed dealer in Gjakova");
        await investigator.ClickAsync("#save-case");
        await investigator.WaitForUrlAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));
        await BrowserFixture.WaitUntilLiveAsync(investigator);
        var reference = (await investigator.Locator("#case-heading").InnerTextAsync()).Split(' ')[0];
        var casePath = new Uri(investigator.Url).AbsolutePath;
        await investigator.SelectOptionAsync("#add-member", "analyst");
        await investigator.ClickAsync("#add-member-button");
        await Expect(investigator.Locator("#remove-analyst")).ToBeVisibleAsync();
        await investigator.FillAsync("#task-title", Task);
        await investigator.SelectOptionAsync("#task-assignee", "analyst");
        await investigator.ClickAsync("#add-task");
        await Expect(investigator.Locator("#case-tasks table")).ToContainTextAsync(Task);
        await Expect(investigator.Locator("#journal-mention-help")).ToBeVisibleAsync();

        // The colleague's own language first (the notification still unread), then English, where they open it.
        foreach (var culture in new[] { "sq", "sr-Latn" })
        {
            var seen = await fixture.SignedInPageAsync("analyst", culture, "/notifications");
            await Expect(seen.Locator("#notif-table tr.unread", new() { HasText = reference })).ToBeVisibleAsync();
            await fixture.ShotAsync(seen, $"notifications-page-{culture}");
            await seen.Context.CloseAsync();
        }

        var colleague = await fixture.SignedInPageAsync("analyst", startPath: "/");
        await Expect(colleague.Locator("#home-notifications")).ToContainTextAsync(reference);
        var before = Count(await colleague.Locator("#notification-count").InnerTextAsync());
        await fixture.ShotAsync(colleague, "notifications-home-en");
        await colleague.Locator("#notification-bell").FocusAsync();
        await colleague.Keyboard.PressAsync("Enter");
        await colleague.WaitForURLAsync(url => url.EndsWith("/notifications", StringComparison.Ordinal));
        var row = colleague.Locator("#notif-table tr.unread", new() { HasText = reference });
        await Expect(row).ToContainTextAsync($"Task assigned to you in {reference}");
        await fixture.ShotAsync(colleague, "notifications-page-en");

        await row.Locator("a.notif-open").ClickAsync();
        await colleague.WaitForURLAsync(url => url.EndsWith(casePath, StringComparison.Ordinal));
        await Expect(colleague.Locator("#case-tasks table")).ToContainTextAsync(Task);
        if (before == 1)
        {
            await Expect(colleague.Locator("#notification-count")).ToHaveCountAsync(0);
        }
        else
        {
            await Expect(colleague.Locator("#notification-count")).ToHaveTextAsync((before - 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int Count(string text) => int.Parse(text.TrimEnd('+'), NumberStyles.None, CultureInfo.InvariantCulture);
}
