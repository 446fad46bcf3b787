using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Api;

/// <summary>The link-chart API over HTTP: purpose for answers with persons, counts before large expansions.</summary>
public abstract class NetworkApiTests(FocalPointApp app)
{
    [Fact]
    public async Task Neighbourhood_WithPersonsButNoPurpose_AnswersValidationProblem()
    {
        var client = await app.SignedInClientAsync("analyst");
        var seed = await IncidentWithPersonsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/network/neighbourhood", new { seeds = new[] { $"incident:{seed}" }, hops = 1, confirmed = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Purpose", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbourhood_WithPurpose_ReturnsTheIncidentAndItsPersons()
    {
        var client = await app.SignedInClientAsync("analyst");
        client.DefaultRequestHeaders.Add("X-FocalPoint-Purpose", "Case work: HTTP test");
        var seed = await IncidentWithPersonsAsync();

        var response = await client.PostAsJsonAsync("/api/v1/network/neighbourhood", new { seeds = new[] { $"incident:{seed}" }, hops = 1, confirmed = true });

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Ready", body.RootElement.GetProperty("status").GetString());
        var types = body.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("type").GetString()).ToList();
        Assert.Contains("incident", types);
        Assert.Contains("person", types);
    }

    [Fact]
    public async Task Paths_UnknownEntities_AnswerFieldErrors()
    {
        var client = await app.SignedInClientAsync("analyst");

        var response = await client.PostAsJsonAsync("/api/v1/network/paths", new { from = "person:999999999", to = "nonsense" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"From\"", text, StringComparison.Ordinal);
        Assert.Contains("Unknown entity", text, StringComparison.Ordinal);
    }

    private async Task<long> IncidentWithPersonsAsync()
    {
        await using var db = app.Database.CreateContext();
        return await db.Incidents.Where(i => i.Tlp == Tlp.Green && i.HandlingCode != HandlingCode.H3 && i.Persons.Any()).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }
}

public sealed class NetworkApiOnSqlite(SqliteApp app) : NetworkApiTests(app), IClassFixture<SqliteApp>;

public sealed class NetworkApiOnPostgreSQL(PostgreSqlApp app) : NetworkApiTests(app), IClassFixture<PostgreSqlApp>;
