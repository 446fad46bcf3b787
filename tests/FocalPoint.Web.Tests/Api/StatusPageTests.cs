using System.Net;
using FocalPoint.Web.Tests.Infrastructure;

namespace FocalPoint.Web.Tests.Api;

/// <summary>Unknown addresses: people get the app's own translated page, programs keep ProblemDetails.</summary>
public sealed class StatusPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("en", "Not found")]
    [InlineData("sq", "Nuk u gjet")]
    [InlineData("sr-Latn", "Nije pronađeno")]
    public async Task UnknownPage_AnswersTheAppsTranslatedNotFoundPageAs404(string culture, string title)
    {
        var client = await app.SignedInClientAsync("analyst");
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");

        var response = await client.GetAsync("/no/such/page");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("id=\"not-found\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiAddress_KeepsProblemDetails()
    {
        var client = await app.SignedInClientAsync("analyst");

        var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
