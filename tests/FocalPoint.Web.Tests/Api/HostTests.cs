using System.Net;
using FocalPoint.Web.Tests.Infrastructure;

namespace FocalPoint.Web.Tests.Api;

public sealed class HostTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Health_DatabaseReachable_AnswersHealthy()
    {
        var response = await app.CreateClient().GetStringAsync("/health");

        Assert.Equal("Healthy", response);
    }

    [Fact]
    public async Task OpenApi_DescribesTheRegistryOperations()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/v1/incidents/{id}", document, StringComparison.Ordinal);
        Assert.Contains("ListIncidents", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/reference/calibres", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysInvalidWithoutNamingTheAccount()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await FocalPointApp.SignInAsync(client, "investigator", "wrong-password-123");

        Assert.Contains("error=invalid", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("investigator", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccount()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await FocalPointApp.SignInAsync(client, "caseworker", "wrong-password-123");
        }

        var response = await FocalPointApp.SignInAsync(client, "caseworker", FocalPointApp.Password);

        Assert.Contains("error=locked", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "analyst", ["password"] = FocalPointApp.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_ForeignReturnUrl_StaysOnThisSite()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "analyst", ["password"] = FocalPointApp.Password, ["returnUrl"] = "//evil.example/", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal("/account/login-2fa?returnUrl=%2F", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("sq", "Incidentet", "Komuna")]
    [InlineData("sr-Latn", "Incidenti", "Opština")]
    [InlineData("en", "Incidents", "Municipality")]
    public async Task IncidentList_InEachLanguage_ShowsTranslatedLabels(string culture, string title, string municipality)
    {
        var client = await app.SignedInClientAsync("analyst");
        await client.GetAsync($"/culture/set?culture={culture}&returnUrl=/");

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/incidents"));

        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains(municipality, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_WithoutSignIn_RedirectToSignIn()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/incidents");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
