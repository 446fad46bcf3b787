using System.Net;
using System.Net.Http.Json;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Web.Tests.Account;

public sealed class AccountsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("analyst")]
    [InlineData("auditor")]
    [InlineData("commander")]
    public async Task Accounts_NonAdministrator_IsRefused(string userName)
    {
        var client = await app.SignedInClientAsync(userName);

        var list = await client.GetAsync("/api/v1/accounts");
        var create = await client.PostAsJsonAsync("/api/v1/accounts", NewAccount("sneaky", "Long-Enough-Password-1"));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task CreateAccount_WeakPassword_SaysWhichField()
    {
        var admin = await app.SignedInClientAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/accounts", NewAccount("weak-one", "short"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InitialPassword", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAccount_Administrator_CanListIt()
    {
        var admin = await app.SignedInClientAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/v1/accounts", NewAccount("new-border", "Long-Enough-Password-1"));
        var list = await admin.GetStringAsync("/api/v1/accounts?pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"userName\":\"new-border\"", list, StringComparison.Ordinal);
        Assert.Contains("\"agency\":\"BorderPolice\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_WithoutIdentityProvider_HasNoOrganisationButton()
    {
        var page = await app.CreateClient().GetStringAsync("/account/login");

        Assert.DoesNotContain("organisation-sign-in", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInPage_WithIdentityProvider_RegistersTheSchemeAndShowsTheButton()
    {
        await using var configured = app.WithWebHostBuilder(builder => builder
            .UseSetting("Authentication:OpenIdConnect:Authority", "https://idp.example/realms/police")
            .UseSetting("Authentication:OpenIdConnect:ClientId", "focalpoint"));

        var scheme = await configured.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("OpenIdConnect");
        var page = await configured.CreateClient().GetStringAsync("/account/login");

        Assert.NotNull(scheme);
        Assert.Contains("organisation-sign-in", page, StringComparison.Ordinal);
    }

    private static object NewAccount(string userName, string password) => new
    {
        userName, displayName = "Test " + userName, email = (string?)null, agency = "BorderPolice", roles = new[] { "BorderOfficer" }, initialPassword = password,
    };
}
