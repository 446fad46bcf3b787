using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace FocalPoint.Web.Tests.Browser;

/// <summary>An administrator signs a user out everywhere from the accounts page (ADR 0032): the user's security stamp changes.</summary>
public sealed class AccountSessionsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Administrator_SignsAUserOutEverywhere_AfterConfirmingTheStampChanges()
    {
        var stamps = new List<string?> { await StampAsync() };
        foreach (var culture in new[] { "en", "sq", "sr-Latn" })
        {
            var page = await fixture.SignedInPageAsync("admin", culture, startPath: "/admin/accounts");
            await page.ClickAsync("#end-sessions-liaison");
            await Expect(page.Locator("#account-confirm")).ToContainTextAsync("liaison");
            await fixture.ShotAsync(page, $"42-accounts-sign-out-everywhere-{culture}");
            await page.ClickAsync("#confirm-action");
            await Expect(page.Locator("#account-confirm")).ToHaveCountAsync(0);
            await NewStampAsync(stamps);
            await page.Context.CloseAsync();
        }

        Assert.Equal(4, stamps.Distinct().Count());
    }

    /// <summary>Waits for the stamp to change (the click's work runs on the circuit), then keeps it.</summary>
    private async Task NewStampAsync(List<string?> stamps)
    {
        for (var look = 0; look < 100 && stamps.Contains(await StampAsync()); look++)
        {
            await Task.Delay(100);
        }

        stamps.Add(await StampAsync());
    }

    private async Task<string?> StampAsync()
    {
        await using var db = fixture.App.Database.CreateContext();
        return await db.Users.AsNoTracking().Where(u => u.UserName == "liaison").Select(u => u.SecurityStamp).SingleAsync();
    }
}
