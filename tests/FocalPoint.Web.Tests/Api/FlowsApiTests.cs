using System.Net;
using System.Text.Json;
using FocalPoint.Web.Tests.Infrastructure;

namespace FocalPoint.Web.Tests.Api;

/// <summary>The weapon-flow aggregate over HTTP: numbers that add up, the CSV, and validation of the filter.</summary>
public sealed class FlowsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Get_DemoYears_LinksOfEachStageAddUpToTheTotal()
    {
        var client = await app.SignedInClientAsync("analyst");

        using var report = JsonDocument.Parse(await client.GetStringAsync("/api/v1/flows/weapons?from=2018-01-01&to=2024-12-31&kind=Seizure"));

        var total = report.RootElement.GetProperty("firearms").GetInt32();
        Assert.True(total > 0);
        var links = report.RootElement.GetProperty("links").EnumerateArray().ToList();
        foreach (var stage in new[] { "Manufacture", "LastLegalImport", "Transit" })
        {
            Assert.Equal(total, links.Where(l => l.GetProperty("source").GetProperty("stage").GetString() == stage).Sum(l => l.GetProperty("firearms").GetInt32()));
        }
    }

    [Fact]
    public async Task Get_ToBeforeFrom_AnswersValidationProblem()
    {
        var client = await app.SignedInClientAsync("commander");

        var response = await client.GetAsync("/api/v1/flows/weapons?from=2024-05-01&to=2024-04-01&kind=Suicide");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("To", out _));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("Kind", out _));
    }

    [Fact]
    public async Task Csv_NamesTheFileAfterThePeriod()
    {
        var client = await app.SignedInClientAsync("liaison");

        var response = await client.GetAsync("/api/v1/flows/weapons.csv?from=2024-01-01&to=2024-12-31");

        response.EnsureSuccessStatusCode();
        Assert.Equal("weapon-flows-20240101-20241231.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("ManufactureCountry,", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
