using System.Net;
using System.Text.Json;
using FocalPoint.Data.Auditing;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Audit;

/// <summary>The auditor's endpoints over HTTP, against each provider (see the two classes at the end).</summary>
public abstract class AuditApiTests(FocalPointApp app)
{
    [Fact]
    public async Task Search_AsAuditor_ListsEntriesAndLogsTheConsultation()
    {
        var client = await app.SignedInClientAsync("auditor");

        var first = await client.GetAsync("/api/v1/audit?pageSize=5");
        var second = await client.GetAsync("/api/v1/audit?recordKind=AuditLog&action=Consult&actor=auditor");

        first.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        var items = document.RootElement.GetProperty("items");
        Assert.True(items.GetArrayLength() >= 2, "both searches are logged before they read");
        Assert.All(items.EnumerateArray(), e => Assert.Equal(("Consult", "auditor"), (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString())));
    }

    [Fact]
    public async Task Export_AsAuditor_AnswersCsvAndLogsTheExport()
    {
        var client = await app.SignedInClientAsync("auditor");

        var response = await client.GetAsync("/api/v1/audit/export.csv?recordKind=AuditLog");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Sequence,AtUtc,Actor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.Database.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Export && e.Actor == "auditor"));
    }

    [Fact]
    public async Task Search_BadFilter_AnswersProblemDetails()
    {
        var client = await app.SignedInClientAsync("auditor");

        var response = await client.GetAsync("/api/v1/audit?pageSize=5000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PageSize", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("analyst")]
    public async Task SearchAndExport_OtherRoles_AreRefused(string user)
    {
        var client = await app.SignedInClientAsync(user);

        var search = await client.GetAsync("/api/v1/audit");
        var export = await client.GetAsync("/api/v1/audit/export.csv");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (search.StatusCode, export.StatusCode));
    }

    [Fact]
    public async Task AuditPage_AsAuditor_ShowsTheLog()
    {
        var client = await app.SignedInClientAsync("auditor");

        var page = await client.GetStringAsync("/audit");

        // The log itself loads once the page is live (one audit entry per view); the prerendered page is the auditor's.
        Assert.Contains("id=\"audit-export\"", page, StringComparison.Ordinal);
    }
}

public sealed class AuditApiOnSqlite(SqliteApp app) : AuditApiTests(app), IClassFixture<SqliteApp>;

public sealed class AuditApiOnPostgreSQL(PostgreSqlApp app) : AuditApiTests(app), IClassFixture<PostgreSqlApp>;
