using System.Net;
using System.Text;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FocalPoint.Web.Tests.Security;

/// <summary>The web hardening of issue 3: headers, tampered cookies, oversized bodies, sign-in rate limit.</summary>
public sealed class HardeningTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    public async Task Responses_CarryAStrictContentSecurityPolicyAndNoStore(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedSessionCookie_IsNotASession()
    {
        var client = await app.SignedInClientAsync("analyst");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents?pageSize=1")).StatusCode);
        var forged = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/incidents?pageSize=1");
        request.Headers.Add("Cookie", "FocalPoint.Session=CfDJ8" + new string('A', 300));

        var response = await forged.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_Answers413AndWritesNothing()
    {
        var client = await app.SignedInClientAsync("analyst");
        var huge = "{\"narrative\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await client.PostAsync("/api/v1/incidents", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>The sign-in rate limit, on an application configured with a tiny limit.</summary>
public sealed class SignInRateLimitTests : IClassFixture<SignInRateLimitTests.TightApp>
{
    private readonly TightApp app;

    public SignInRateLimitTests(TightApp app) => this.app = app;

    [Fact]
    public async Task SignIn_AboveTheLimit_Answers429()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await FocalPointApp.SignInAsync(client, "analyst", "wrong-password-123")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    public sealed class TightApp : FocalPointApp
    {
        public override FocalPoint.Data.Setup.DatabaseProvider Provider => FocalPoint.Data.Setup.DatabaseProvider.Sqlite;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:SignInPermitsPerMinute", "3");
        }
    }
}
