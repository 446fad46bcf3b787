using System.Net;
using System.Net.Http.Json;
using FocalPoint.Data.Identity;
using FocalPoint.Testing;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Web.Tests.Account;

/// <summary>Idle time-out and session ends, on a clock the test moves instead of waiting half an hour.</summary>
public sealed class SessionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Session_IdleLongerThanTimeout_Ends()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        await using var host = WithClock(clock);
        var client = await SignedInAsync(host, "analyst");

        clock.Advance(TimeSpan.FromMinutes(20));
        var stillActive = await client.GetAsync("/api/v1/incidents");
        clock.Advance(TimeSpan.FromMinutes(20));
        var activeBecauseSliding = await client.GetAsync("/api/v1/incidents");
        clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await client.GetAsync("/api/v1/incidents");

        Assert.Equal(HttpStatusCode.OK, stillActive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, activeBecauseSliding.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, idle.StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheOtherSessionsOfTheUser()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        await using var host = WithClock(clock);
        var here = await SignedInAsync(host, "liaison");
        var elsewhere = await SignedInAsync(host, "liaison");

        var page = await here.GetStringAsync("/account/security");
        await here.PostAsync("/account/logout-everywhere", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FocalPointApp.TokenIn(page),
        }));
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task DisabledAccount_CannotSignInAndItsSessionEnds()
    {
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        await using var host = WithClock(clock);
        var user = await AccountBuilder.CreateAsync(host, "to-disable", Roles.Commander);
        var session = await host.CreateClient(new() { AllowAutoRedirect = false }).SignInWithoutSecondFactorAsync("to-disable");
        var admin = await SignedInAsync(host, "admin");

        var disabled = await admin.PostAsync($"/api/v1/accounts/{user.Id}/disable", null);
        clock.Advance(TimeSpan.FromMinutes(2));
        var signIn = await FocalPointApp.SignInAsync(host.CreateClient(new() { AllowAutoRedirect = false }), "to-disable", FocalPointApp.Password);

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Contains("error=locked", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/incidents")).StatusCode);
        var list = await admin.GetFromJsonAsync<AccountPage>("/api/v1/accounts?pageSize=100");
        Assert.Contains(list!.Items, a => a.UserName == "to-disable" && a.Disabled);
    }

    private WebApplicationFactory<Program> WithClock(ManualClock clock) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> host, string userName)
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        await FocalPointApp.SignInAsync(client, userName, FocalPointApp.Password);
        var response = await FocalPointApp.SecondStepAsync(client, FocalPointApp.DemoCode(userName));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    private sealed record AccountPage(List<AccountRow> Items);

    private sealed record AccountRow(string UserName, bool Disabled);
}

internal static class SignInExtensions
{
    /// <summary>For roles that need no second factor (commander): the password step alone signs in.</summary>
    public static async Task<HttpClient> SignInWithoutSecondFactorAsync(this HttpClient client, string userName)
    {
        var response = await FocalPointApp.SignInAsync(client, userName, FocalPointApp.Password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }
}
