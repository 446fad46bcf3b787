using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FocalPoint.Application.Cases;
using FocalPoint.Domain.Cases;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Cases;

/// <summary>/api/v1/cases over HTTP, against each provider (see the two classes at the end).</summary>
public abstract class CasesApiTests(FocalPointApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task CreateThenGetAndList_AsInvestigator_CaseWithTeamAndFirstHistoryRow()
    {
        var client = await app.SignedInClientAsync("investigator");
        var input = new CaseInput { Title = "API opened case on converted pistols", Owner = "investigator", Team = ["liaison"], Priority = CasePriority.High };

        var created = await client.PostAsJsonAsync("/api/v1/cases", input, Json);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var details = (await created.Content.ReadFromJsonAsync<CaseDetails>(Json))!;
        Assert.Equal(["investigator", "liaison"], details.Team);
        Assert.Equal(CasePriority.High, Assert.Single(details.History).NewPriority);
        var fetched = await client.GetFromJsonAsync<CaseDetails>(created.Headers.Location, Json);
        Assert.Equal(details.Reference, fetched!.Reference);
        var list = await client.GetStringAsync("/api/v1/cases?mine=true&text=API%20opened&priority=High");
        Assert.Contains(details.Reference, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutOwnerOrTitle_AnswersProblemDetailsAndWritesNothing()
    {
        var client = await app.SignedInClientAsync("investigator");
        await using var db = app.Database.CreateContext();
        var before = await db.Cases.CountAsync();

        var response = await client.PostAsJsonAsync("/api/v1/cases", new CaseInput { Title = "", Owner = "" }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("A case needs an owner.", body, StringComparison.Ordinal);
        Assert.Contains("Title", body, StringComparison.Ordinal);
        Assert.Equal(before, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task AmberCaseOfAnotherTeam_Answers404AndIsNotListed()
    {
        var owner = await app.SignedInClientAsync("investigator");
        var created = await owner.PostAsJsonAsync("/api/v1/cases", new CaseInput { Title = "Team-only case on a supplier", Owner = "investigator" }, Json);
        var details = (await created.Content.ReadFromJsonAsync<CaseDetails>(Json))!;
        var outsider = await app.SignedInClientAsync("liaison");

        var response = await outsider.GetAsync($"/api/v1/cases/{details.Id}");
        var list = await outsider.GetStringAsync($"/api/v1/cases?text={details.Reference}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(details.Reference, list, StringComparison.Ordinal);
        Assert.DoesNotContain("supplier", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class CasesApiOnSqlite(SqliteApp app) : CasesApiTests(app), IClassFixture<SqliteApp>;

public sealed class CasesApiOnPostgreSQL(PostgreSqlApp app) : CasesApiTests(app), IClassFixture<PostgreSqlApp>;
