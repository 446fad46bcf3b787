using System.Net;
using FocalPoint.Testing;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Web.Tests.National;

/// <summary>
/// Two nodes, one PostgreSQL database, one browser whose requests the load balancer spreads over both: sessions,
/// sign-out everywhere and the sign-in limit must behave as on one node.
/// </summary>
public sealed class TwoNodesSessionTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task SignIn_FormFromNodeAPostedToNodeB_SessionServedByBothNodes()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        await using var a = new NodeApp(database, "node-a", Quiet).Started();
        await using var b = new NodeApp(database, "node-b", Quiet).Started();
        var cookies = new CookieContainer();
        var (onA, onB) = (a.ClientWith(cookies), b.ClientWith(cookies));

        await SignInAcrossAsync(onA, onB, "analyst");

        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_OnNodeA_EndsTheSessionOnNodeBWithinAMinute()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        var clockOfB = new ManualClock(TimeProvider.System.GetUtcNow());
        await using var a = new NodeApp(database, "node-a", Quiet).Started();
        await using var b = new NodeApp(database, "node-b", Quiet, s => s.AddSingleton<TimeProvider>(clockOfB)).Started();
        var (here, elsewhere) = (new CookieContainer(), new CookieContainer());
        await SignInAcrossAsync(a.ClientWith(here), b.ClientWith(here), "liaison");
        await SignInAcrossAsync(a.ClientWith(elsewhere), b.ClientWith(elsewhere), "liaison");
        var elsewhereOnB = b.ClientWith(elsewhere);
        var before = await elsewhereOnB.GetAsync("/api/v1/incidents");

        var onA = a.ClientWith(here);
        var page = await onA.GetStringAsync("/account/security");
        await onA.PostAsync("/account/logout-everywhere", Form(page));
        PastStampCheck(clockOfB);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhereOnB.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task EndSessions_AdministratorOnNodeA_EndsTheUsersSessionOnNodeB()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        var clockOfB = new ManualClock(TimeProvider.System.GetUtcNow());
        await using var a = new NodeApp(database, "node-a", Quiet).Started();
        await using var b = new NodeApp(database, "node-b", Quiet, s => s.AddSingleton<TimeProvider>(clockOfB)).Started();
        var (user, admin) = (new CookieContainer(), new CookieContainer());
        await SignInAcrossAsync(a.ClientWith(user), b.ClientWith(user), "liaison");
        await SignInAcrossAsync(b.ClientWith(admin), a.ClientWith(admin), "admin");
        var liaisonId = await IdOfAsync(database, "liaison");

        var ended = await a.ClientWith(admin).PostAsync($"/api/v1/accounts/{liaisonId}/end-sessions", null);
        PastStampCheck(clockOfB);

        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await b.ClientWith(user).GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task SignInLimit_AttemptsSpreadOverTwoNodes_CountTogether()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        // One clock that stands still for both nodes: the attempts cannot straddle two windows.
        var clock = new ManualClock(TimeProvider.System.GetUtcNow());
        var limited = new Dictionary<string, string?>(Quiet) { ["Security:SignInPermitsPerMinute"] = "4" };
        await using var a = new NodeApp(database, "node-a", limited, s => s.AddSingleton<TimeProvider>(clock)).Started();
        await using var b = new NodeApp(database, "node-b", limited, s => s.AddSingleton<TimeProvider>(clock)).Started();
        var cookies = new CookieContainer();
        var nodes = new[] { a.ClientWith(cookies), b.ClientWith(cookies) };

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var node = nodes[attempt % 2];
            var form = await node.GetStringAsync("/account/login");
            answers.Add((await node.PostAsync("/account/login", Form(form, ("userName", "analyst"), ("password", "wrong-password-123")))).StatusCode);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        var form2 = await nodes[0].GetStringAsync("/account/login");
        var nextWindow = await nodes[0].PostAsync("/account/login", Form(form2, ("userName", "analyst"), ("password", "wrong-password-123")));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Redirect, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.Redirect, nextWindow.StatusCode);
    }

    /// <summary>Two minutes past real time, whatever the node's start took: every session's stamp is due for a check.</summary>
    private static void PastStampCheck(ManualClock clock) =>
        clock.Advance(TimeProvider.System.GetUtcNow() - clock.GetUtcNow() + TimeSpan.FromMinutes(2));

    /// <summary>The password step through one node, the second step through the other, forms fetched from the opposite one.</summary>
    private static async Task SignInAcrossAsync(HttpClient one, HttpClient other, string userName)
    {
        var form = await one.GetStringAsync("/account/login");
        var response = await other.PostAsync("/account/login", Form(form, ("userName", userName), ("password", FocalPointApp.Password)));
        Assert.StartsWith("/account/login-2fa", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var second = await other.GetStringAsync("/account/login-2fa");
        response = await one.PostAsync("/account/login-2fa", Form(second, ("code", FocalPointApp.DemoCode(userName))));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task<string> IdOfAsync(TestDatabase database, string userName)
    {
        await using var db = database.CreateContext();
        return db.Users.Single(u => u.UserName == userName).Id;
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("returnUrl", "/"))
            .Append(KeyValuePair.Create("__RequestVerificationToken", FocalPointApp.TokenIn(page))));
}
