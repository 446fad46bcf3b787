using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Testing;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Api;

/// <summary>The registry API over HTTP, against each provider (see the two classes at the end).</summary>
public abstract class IncidentsApiTests(FocalPointApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task List_WithoutSignIn_Answers401NotARedirect()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/v1/incidents");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_AsAnalyst_ReturnsFilteredPageWithEnumNames()
    {
        var client = await app.SignedInClientAsync("analyst");

        var response = await client.GetAsync("/api/v1/incidents?kind=Seizure&pageSize=5&sort=Oldest");

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"kind\":\"Seizure\"", body, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(body);
        Assert.Equal(5, document.RootElement.GetProperty("items").GetArrayLength());
        Assert.True(document.RootElement.GetProperty("totalCount").GetInt32() > 5);
    }

    [Fact]
    public async Task List_BadQuery_AnswersProblemDetails()
    {
        var client = await app.SignedInClientAsync("analyst");

        var response = await client.GetAsync("/api/v1/incidents?pageSize=100000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("PageSize", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Invalid_AnswersFieldErrorsAndWritesNothing()
    {
        var client = await app.SignedInClientAsync("analyst");
        await using var db = app.Database.CreateContext();
        var before = await db.Incidents.CountAsync();
        var input = IncidentInputs.Seizure(calibre: "99x99");
        input.MunicipalityId = 777;

        var response = await client.PostAsJsonAsync("/api/v1/incidents", input, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("MunicipalityId", problem, StringComparison.Ordinal);
        Assert.Contains("Firearms[0].Calibre", problem, StringComparison.Ordinal);
        Assert.Equal(before, await db.Incidents.CountAsync());
    }

    [Fact]
    public async Task CreateGetUpdate_RoundTrips_AndStaleVersionConflicts()
    {
        var client = await app.SignedInClientAsync("analyst");

        var created = await client.PostAsJsonAsync("/api/v1/incidents", IncidentInputs.Seizure("api-777"), Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var incident = (await created.Content.ReadFromJsonAsync<IncidentDetails>(Json))!;
        Assert.Equal("API777", incident.Firearms[0].SerialNormalised);
        Assert.Equal("analyst", incident.CreatedBy);

        var update = IncidentInputs.Seizure("api-777");
        update.Version = incident.Version;
        update.Firearms[0].Id = incident.Firearms[0].Id;
        update.Narrative = "Corrected over the API.";
        var updated = await client.PutAsJsonAsync($"/api/v1/incidents/{incident.Id}", update, Json);
        var stale = await client.PutAsJsonAsync($"/api/v1/incidents/{incident.Id}", update, Json);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = (await client.GetFromJsonAsync<IncidentDetails>($"/api/v1/incidents/{incident.Id}", Json))!;
        Assert.Equal("Corrected over the API.", stored.Narrative);
    }

    [Fact]
    public async Task Get_UnknownIncident_Answers404()
    {
        var client = await app.SignedInClientAsync("analyst");

        var response = await client.GetAsync("/api/v1/incidents/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Create_AsCommander_IsForbidden()
    {
        var client = await app.SignedInClientAsync("commander");

        var response = await client.PostAsJsonAsync("/api/v1/incidents", IncidentInputs.Seizure("cmd-1"), Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ReferenceEdit_OnlyAdministrators_MayChangeIt()
    {
        var analyst = await app.SignedInClientAsync("analyst");
        var admin = await app.SignedInClientAsync("admin");
        var make = new { Name = "Test Arms " + Guid.NewGuid().ToString("N")[..6], Country = "TR" };

        var refused = await analyst.PostAsJsonAsync("/api/v1/reference/makes", make);
        var added = await admin.PostAsJsonAsync("/api/v1/reference/makes", make);
        var duplicate = await admin.PostAsJsonAsync("/api/v1/reference/makes", make);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains(make.Name, await analyst.GetStringAsync("/api/v1/reference/makes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceData_ListsTheAcceptedValues()
    {
        var client = await app.SignedInClientAsync("border");

        var municipalities = await client.GetFromJsonAsync<JsonElement>("/api/v1/reference/municipalities");
        var calibres = await client.GetStringAsync("/api/v1/reference/calibres");

        Assert.Equal(38, municipalities.GetArrayLength());
        Assert.Contains("7.62x39mm", calibres, StringComparison.Ordinal);
    }
}

public sealed class IncidentsApiOnSqlite(SqliteApp app) : IncidentsApiTests(app), IClassFixture<SqliteApp>;

public sealed class IncidentsApiOnPostgreSQL(PostgreSqlApp app) : IncidentsApiTests(app), IClassFixture<PostgreSqlApp>;
