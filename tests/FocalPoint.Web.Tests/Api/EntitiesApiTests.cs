using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Resolution;
using FocalPoint.Web.Tests.Infrastructure;

namespace FocalPoint.Web.Tests.Api;

/// <summary>The entity-review API over HTTP, against each provider.</summary>
public abstract class EntitiesApiTests(FocalPointApp app)
{
    [Fact]
    public async Task Decide_PendingPair_AcceptsOnceThenAnswersConflict()
    {
        // The host seeds the demo data when it starts: sign in first.
        var client = await app.SignedInClientAsync("investigator");
        long pairId;
        await using (var db = app.Database.CreateContext())
        {
            var persons = db.IncidentPersons.Where(ip => ip.Incident!.Tlp == Tlp.Green && ip.Incident.HandlingCode != HandlingCode.H3)
                .Select(ip => ip.PersonId).Distinct().OrderBy(id => id).Take(2).ToList();
            var pair = new ReviewPair { Kind = ResolvedKind.Person, LeftRecordId = persons[0], RightRecordId = persons[1], Probability = 0.55, MatchWeight = 0.3, ExplanationJson = "{}" };
            db.ReviewPairs.Add(pair);
            await db.SaveChangesAsync();
            pairId = pair.Id;
        }

        var queue = await client.GetFromJsonAsync<JsonElement>("/api/v1/entities/review?kind=Person&sort=Newest");
        var first = await client.PostAsJsonAsync($"/api/v1/entities/review/{pairId}/decision", new { accept = true });
        var second = await client.PostAsJsonAsync($"/api/v1/entities/review/{pairId}/decision", new { accept = false });
        var missing = await client.PostAsJsonAsync("/api/v1/entities/review/999999/decision", new { accept = true });

        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == pairId);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Queue_AsCommander_HasNoPersonPairs()
    {
        var client = await app.SignedInClientAsync("commander");

        var queue = await client.GetFromJsonAsync<JsonElement>("/api/v1/entities/review?kind=Person&state=Accepted");

        Assert.Equal(0, queue.GetProperty("items").GetArrayLength());
    }
}

public sealed class EntitiesApiOnSqlite(SqliteApp app) : EntitiesApiTests(app), IClassFixture<SqliteApp>;

public sealed class EntitiesApiOnPostgreSQL(PostgreSqlApp app) : EntitiesApiTests(app), IClassFixture<PostgreSqlApp>;
