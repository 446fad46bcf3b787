using System.Net;
using System.Text.Json;
using FocalPoint.Web.Tests.Infrastructure;

namespace FocalPoint.Web.Tests.Api;

/// <summary>/api/v1/indicators over the demo registry: every indicator with its definition, counts that agree with the incident list.</summary>
public sealed class IndicatorsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Get_DemoYear_ReturnsEveryIndicatorAndIncidentsEqualTheListTotal()
    {
        var client = await app.SignedInClientAsync("analyst");

        using var set = JsonDocument.Parse(await client.GetStringAsync("/api/v1/indicators?from=2023-01-01&to=2023-12-31&directorateId=2"));
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/incidents/?from=2023-01-01&to=2023-12-31&directorateId=2&pageSize=1"));

        var indicators = set.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(14, indicators.Count);
        var incidents = indicators.Single(i => i.GetProperty("definition").GetProperty("id").GetString() == "INCIDENTS");
        Assert.Equal(list.RootElement.GetProperty("totalCount").GetInt32(), incidents.GetProperty("value").GetInt32());
        Assert.True(incidents.GetProperty("value").GetInt32() > 0);
        var sdg = indicators.Single(i => i.GetProperty("definition").GetProperty("id").GetString() == "SDG_16_4_2");
        Assert.Contains("criminal offence", sdg.GetProperty("definition").GetProperty("definition").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownMunicipality_AnswersValidationProblem()
    {
        var client = await app.SignedInClientAsync("commander");

        var response = await client.GetAsync("/api/v1/indicators?municipalityId=999");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("MunicipalityId", out _));
    }

    [Fact]
    public async Task Catalogue_ListsGoalsWithKpis()
    {
        var client = await app.SignedInClientAsync("liaison");

        using var catalogue = JsonDocument.Parse(await client.GetStringAsync("/api/v1/indicators/catalogue"));

        Assert.Equal(7, catalogue.RootElement.GetProperty("goals").GetArrayLength());
        Assert.Equal(14, catalogue.RootElement.GetProperty("kpis").GetArrayLength());
    }
}
