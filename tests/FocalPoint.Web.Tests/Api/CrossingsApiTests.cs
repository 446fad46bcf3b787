using System.Net;
using System.Text;
using System.Text.Json;
using FocalPoint.Application.Risk.Screening;
using FocalPoint.Application.Security;
using FocalPoint.Data.Identity;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using FocalPoint.Web.Risk;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Tests.Api;

/// <summary>
/// The crossings stream over HTTP, against each provider: a batch is screened whole and its hits queued, or refused
/// whole (malformed, too large, screening busy) with nothing stored.
/// </summary>
public abstract class CrossingsApiTests(FocalPointApp app)
{
    [Fact]
    public async Task Post_ValidBatch_ScreensItAndQueuesTheHitsAtTheCrossingPoint()
    {
        var point = await ApprovedProfileAtFreshPointAsync();
        var client = await app.SignedInClientAsync("border");
        var batch = $"[{Record("A1", point)},{Record("A2", point, plate: "ZZ111ZZ")},{Record("A3", "MER")}]";

        var response = await client.PostAsync("/api/v1/crossings", Json(batch));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = receipt.RootElement;
        Assert.Equal(3, root.GetProperty("recordsScreened").GetInt64());
        Assert.Equal(2, root.GetProperty("hits").GetInt64());
        Assert.Contains(root.GetProperty("profiles").EnumerateArray(), p => p.GetProperty("name").GetString() == "Stream " + point);
        var runId = root.GetProperty("runId").GetString();
        await using var db = app.Database.CreateContext();
        var officer = new UserAccess("border", new HashSet<string> { Roles.BorderOfficer }, ReportingAgency.BorderPolice, new HashSet<long>());
        var audit = new FocalPoint.Testing.RecordingAuditLog();
        var queue = await new ListHitQueue(db, new FocalPoint.Application.Security.FixedAccessContext(officer), audit).HandleAsync(point, "second-line check at " + point);
        var consulted = Assert.Single(audit.Events);
        Assert.Equal(("ScreeningHit", "second-line check at " + point, 2), (consulted.RecordKind, consulted.Purpose, consulted.RecordIds.Count));
        Assert.Null(await new ListHitQueue(db, new FocalPoint.Application.Security.FixedAccessContext(officer), audit).HandleAsync(point, " "));
        Assert.Equal(["A1", "A2"], queue!.Select(h => h.CrossingId).Order());
        Assert.All(queue!, h => Assert.Contains(h.Reasons, r => r.Contains($"crossing point {point}", StringComparison.Ordinal)));
        Assert.Equal(3, await db.ScreeningRunPoints.Where(p => p.RunId == runId).SumAsync(p => p.Records));
    }

    [Fact]
    public async Task Post_JsonLines_ScreensEachLineAsARecord()
    {
        var client = await app.SignedInClientAsync("customs");
        var lines = $"{Record("L1", "MER")}\n{Record("L2", "JAR")}\n";

        var response = await client.PostAsync("/api/v1/crossings", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, receipt.RootElement.GetProperty("recordsScreened").GetInt64());
    }

    [Fact]
    public async Task Post_MalformedRecord_RefusesTheBatchNamingIndexAndFieldAndStoresNothing()
    {
        var point = await ApprovedProfileAtFreshPointAsync();
        var client = await app.SignedInClientAsync("analyst");
        var bad = Record("B2", point).Replace("2026-03-02T07:30:00Z", "yesterday", StringComparison.Ordinal)
            .Replace("1901-01-01", "1901-13-45", StringComparison.Ordinal);
        var batch = $"[{Record("B1", point)},{bad},{Record("B3", point).Replace("\"exit\"", "\"sideways\"", StringComparison.Ordinal)}]";
        var before = await CountsAsync();

        var response = await client.PostAsync("/api/v1/crossings", Json(batch));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["[1].persons[0].birth_date", "[1].time", "[2].direction"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.DoesNotContain("1901-13-45", body, StringComparison.Ordinal);
        Assert.Contains("nothing was screened", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Post_BrokenJson_Answers400WithTheRecordAndStoresNothing()
    {
        var client = await app.SignedInClientAsync("analyst");
        var before = await CountsAsync();

        var response = await client.PostAsync("/api/v1/crossings", Json($"[{Record("J1", "MER")},{{\"id\": \"J2\", "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at record 1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Post_MoreRecordsThanAllowed_Answers413AndStoresNothing()
    {
        var limit = app.Services.GetRequiredService<IOptions<CrossingStreamOptions>>().Value.MaxRecordsPerRequest;
        var client = await app.SignedInClientAsync("border");
        var batch = "[" + string.Join(",", Enumerable.Range(0, limit + 1).Select(i => Record($"M{i}", "MER"))) + "]";
        var before = await CountsAsync();

        var response = await client.PostAsync("/api/v1/crossings", Json(batch));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"at most {limit:N0} records", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Post_WhileScreeningIsFull_Answers429WithRetryAfterAndStoresNothing()
    {
        var options = app.Services.GetRequiredService<IOptions<CrossingStreamOptions>>().Value;
        var limiter = app.Services.GetRequiredService<CrossingAdmission>().Limiter;
        var client = await app.SignedInClientAsync("border");
        var before = await CountsAsync();
        // Every screening slot taken and every queue place held: the next request has nowhere to wait.
        using var running = limiter.AttemptAcquire(options.ConcurrentScreenings);
        Assert.True(running.IsAcquired);
        var waiting = Enumerable.Range(0, options.QueuedRequests).Select(_ => limiter.AcquireAsync(1).AsTask()).ToList();

        var response = await client.PostAsync("/api/v1/crossings", Json($"[{Record("Z1", "MER")}]"));

        running.Dispose();
        foreach (var queued in waiting) (await queued).Dispose();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(options.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Contains("nothing of this request was taken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        var after = await client.PostAsync("/api/v1/crossings", Json($"[{Record("Z1", "MER")}]"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Post_PlainText_Answers415()
    {
        var client = await app.SignedInClientAsync("border");

        var response = await client.PostAsync("/api/v1/crossings", new StringContent("id,time\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Record(string id, string point, string plate = "ZZ000ZZ") =>
        $$"""{"id":"{{id}}","time":"2026-03-02T07:30:00Z","crossing_point":"{{point}}","direction":"exit","plate":"{{plate}}","plate_country":"XK","vehicle_type":"car","origin_country":"XK","cargo":"personal luggage","persons":[{"name":"Qendresa Testova","birth_date":"1901-01-01","document":"T0000001"}]}""";

    private async Task<(int Hits, int Runs)> CountsAsync()
    {
        await using var db = app.Database.CreateContext();
        return (await db.ScreeningHits.CountAsync(), await db.ScreeningRuns.CountAsync());
    }

    // A profile firing on one crossing point no other test uses, approved and valid today.
    private async Task<string> ApprovedProfileAtFreshPointAsync()
    {
        _ = app.Services;
        var point = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using var db = app.Database.CreateContext();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        db.RiskProfiles.Add(new RiskProfileVersion
        {
            ProfileKey = point, Number = 1, Name = "Stream " + point, Threshold = 1, Status = ProfileStatus.Approved,
            IndicatorsJson = $$"""[{"kind":"CrossingPoint","weight":1,"values":["{{point}}"],"explanation":"test point"}]""",
            ValidFrom = today.AddDays(-1), ValidTo = today.AddDays(30), DraftedBy = "analyst", ApprovedBy = "commander", ApprovedAtUtc = now,
        });
        await db.SaveChangesAsync();
        return point;
    }
}

public sealed class CrossingsApiOnSqlite(SqliteApp app) : CrossingsApiTests(app), IClassFixture<SqliteApp>;

public sealed class CrossingsApiOnPostgreSQL(PostgreSqlApp app) : CrossingsApiTests(app), IClassFixture<PostgreSqlApp>;
