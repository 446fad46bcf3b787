using System.Net;
using System.Text.Json;
using FocalPoint.Data.Auditing;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace FocalPoint.Web.Tests.Api;

/// <summary>Incident exports and the IAFQ statistics over HTTP, against each provider.</summary>
public abstract class ExportApiTests(FocalPointApp app)
{
    [Fact]
    public async Task ExportCsv_SameQueryAsTheList_HasEveryRowOfTheFilterAndIsAudited()
    {
        var client = await app.SignedInClientAsync("analyst");
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/incidents?kind=Seizure&pageSize=200&sort=Oldest"));
        var references = list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).ToList();
        var total = list.RootElement.GetProperty("totalCount").GetInt32();

        var response = await client.GetAsync("/api/v1/incidents/export.csv?kind=Seizure&sort=Oldest&page=3&pageSize=5");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("incidents.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Reference,Kind,OccurredOn", lines[0], StringComparison.Ordinal);
        Assert.Equal(total, lines.Length - 1);
        Assert.Equal(references.Take(200), lines.Skip(1).Take(200).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.Equal("Seizure", l.Split(',')[1]));
        await using var db = app.Database.CreateContext();
        Assert.Contains(
            await db.AuditEntries.Where(e => e.Actor == "analyst" && e.Action == AuditAction.Export).Select(e => e.Detail).ToListAsync(),
            d => d!.Contains("fields [Kind]", StringComparison.Ordinal) && d.Contains($"rows {total}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportXlsx_LocalHeaders_OpensWithTranslatedHeaderRow()
    {
        var client = await app.SignedInClientAsync("commander");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sq");

        var response = await client.GetAsync("/api/v1/incidents/export.xlsx?kind=Found&headers=local");

        response.EnsureSuccessStatusCode();
        using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(body, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(rows);
        Assert.Contains("Referenca", rows[0].Keys);
        Assert.All(rows, r => Assert.Equal("Found", r["Lloji"]));
    }

    [Fact]
    public async Task ExportCsv_BadFilter_AnswersProblemDetails()
    {
        var client = await app.SignedInClientAsync("analyst");

        var response = await client.GetAsync("/api/v1/incidents/export.csv?from=2024-02-01&to=2024-01-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task IafqXlsx_AsLiaison_HasOneSheetPerTable()
    {
        var client = await app.SignedInClientAsync("liaison");

        var response = await client.GetAsync($"/api/v1/reports/iafq/{TimeProvider.System.GetUtcNow().Year - 1}.xlsx");

        response.EnsureSuccessStatusCode();
        using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["ArmsByType", "SeizuresByLegalContext", "AmmunitionExplosivesParts", "Tracing", "SDG16.4.2"], MiniExcel.GetSheetNames(body));
    }

    [Fact]
    public async Task Iafq_YearOutOfRange_AnswersProblemDetails()
    {
        var client = await app.SignedInClientAsync("analyst");

        var response = await client.GetAsync("/api/v1/reports/iafq/1850");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Year", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ExportApiOnSqlite(SqliteApp app) : ExportApiTests(app), IClassFixture<SqliteApp>;

public sealed class ExportApiOnPostgreSQL(PostgreSqlApp app) : ExportApiTests(app), IClassFixture<PostgreSqlApp>;
