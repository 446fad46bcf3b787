using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalPoint.Application.Cyber.Reporting;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Cyber;

/// <summary>The public cyber form's API for someone without an account, against each provider.</summary>
public abstract class CyberPublicApiTests(FocalPointApp app)
{
    [Fact]
    public async Task ReportThenFollow_Anonymous_CodeAndSecretShowTheStatus_WrongOnesAnswerTheSame404()
    {
        var client = app.CreateClient();

        var receipt = await ReportAsync(client, "203.0.113.7");
        var right = await client.PostAsJsonAsync("/api/v1/public/cyber/follow", new { code = receipt["trackingCode"]!.GetValue<string>(), secret = receipt["secret"]!.GetValue<string>() });
        var wrongSecret = await client.PostAsJsonAsync("/api/v1/public/cyber/follow", new { code = receipt["trackingCode"]!.GetValue<string>(), secret = "AAAAA-BBBBB-CCCCC-DDDDD" });
        var wrongCode = await client.PostAsJsonAsync("/api/v1/public/cyber/follow", new { code = "CY-0000-0000", secret = receipt["secret"]!.GetValue<string>() });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("\"New\"", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCode.StatusCode);
        Assert.Equal(await WithoutTraceIdAsync(wrongSecret), await WithoutTraceIdAsync(wrongCode));
    }

    [Fact]
    public async Task Report_MalformedIndicatorAndScript_ProblemDetailsAndNothingStored()
    {
        var client = app.CreateClient();
        await using var db = app.Database.CreateContext();
        var before = await db.CyberIncidents.CountAsync();

        var response = await PostReportAsync(client, "999.1.1.1", title: "<script>alert(1)</script>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("is not a valid IPv4", problem, StringComparison.Ordinal);
        Assert.Contains("Markup", problem, StringComparison.Ordinal);
        Assert.Equal(before, await db.CyberIncidents.CountAsync());
    }

    // The trace id differs per request by design; everything else must be the same.
    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }

    internal static async Task<JsonObject> ReportAsync(HttpClient client, string ip, string? clientName = null)
    {
        var response = await PostReportAsync(client, ip, clientName: clientName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    internal static async Task<HttpResponseMessage> PostReportAsync(HttpClient client, string ip, string title = "Fake bank SMS", string? clientName = null)
    {
        var challenge = JsonNode.Parse(await client.GetStringAsync("/api/v1/public/cyber/challenge"))!;
        var text = challenge["challenge"]!.GetValue<string>();
        var nonce = ProofOfWork.Solve(text, challenge["bits"]!.GetValue<int>());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/cyber/reports")
        {
            Content = JsonContent.Create(new
            {
                type = "Phishing", title, description = "An SMS with a link to a fake login page.", detectedAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1),
                indicators = new[] { new { type = "IPv4", value = ip } }, challenge = text, nonce,
            }),
        };
        if (clientName is not null)
        {
            request.Headers.Add(CyberLimitApp.ClientHeader, clientName);
        }

        return await client.SendAsync(request);
    }
}

public sealed class CyberPublicApiOnSqlite(SqliteApp app) : CyberPublicApiTests(app), IClassFixture<SqliteApp>;

public sealed class CyberPublicApiOnPostgreSQL(PostgreSqlApp app) : CyberPublicApiTests(app), IClassFixture<PostgreSqlApp>;

/// <summary>The application with the public form's own limit low, and a trusted client header as the load benchmark uses.</summary>
public sealed class CyberLimitApp : FocalPointApp
{
    public const string ClientHeader = "X-Bench-Client";

    public override FocalPoint.Data.Setup.DatabaseProvider Provider => FocalPoint.Data.Setup.DatabaseProvider.Sqlite;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cyber:PublicPermitsPerMinute", "3");
        builder.UseSetting("Cyber:TrustedClientHeader", ClientHeader);
    }
}

public sealed class CyberRateLimitTests(CyberLimitApp app) : IClassFixture<CyberLimitApp>
{
    [Fact]
    public async Task Report_FloodFromOneClient_HeldAtTheLimitWhileAnotherClientIsServed()
    {
        var client = app.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await CyberPublicApiTests.PostReportAsync(client, $"203.0.113.{i + 1}", clientName: "abuser")).StatusCode);
        }

        var other = await CyberPublicApiTests.PostReportAsync(client, "198.51.100.1", clientName: "neighbour");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        await using var db = app.Database.CreateContext();
        Assert.Equal(4, await db.CyberIncidents.CountAsync(c => !c.TrackingCode.StartsWith("CY-DEMO")));
    }
}
