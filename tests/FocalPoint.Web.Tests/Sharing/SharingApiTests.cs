using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FocalPoint.Application.Sharing.Packages;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Sharing;

/// <summary>/api/v1/sharing over HTTP: hostile package files are refused with their reason and leave nothing behind.</summary>
public abstract class SharingApiTests(FocalPointApp app)
{
    [Fact]
    public async Task Receive_HostileFiles_AnswerProblemDetailsWithTheRefusalAndStoreNothing()
    {
        var client = await app.SignedInClientAsync("liaison");
        byte[][] bodies =
        [
            [0x1F, 0x8B, 0x08, 0x00, 0xDE, 0xAD],
            Encoding.UTF8.GetBytes("{\"format\": \"focalpoint-package/1\", \"recipients\": 12}"),
            new byte[PackageFormat.DefaultMaxBytes + 1],
        ];

        var answers = new List<(HttpStatusCode Status, string Title)>();
        foreach (var body in bodies)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await client.PostAsync("/api/v1/sharing/packages/received", content);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            answers.Add((response.StatusCode, problem.RootElement.GetProperty("title").GetString()!));
        }

        Assert.Equal(
            [(HttpStatusCode.BadRequest, nameof(PackageRefusal.NotAPackage)), (HttpStatusCode.BadRequest, nameof(PackageRefusal.NotAPackage)), (HttpStatusCode.BadRequest, nameof(PackageRefusal.TooLarge))],
            answers);
        await using var db = app.Database.CreateContext();
        Assert.Equal(0, await db.SharingPackages.CountAsync(p => p.Direction == Domain.Sharing.PackageDirection.Received));
    }

    [Fact]
    public async Task File_OfAPackageNotInTheLedger_Answers404()
    {
        var client = await app.SignedInClientAsync("liaison");

        using var response = await client.GetAsync("/api/v1/sharing/packages/987654321/file");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class SharingApiOnSqlite(SqliteApp app) : SharingApiTests(app), IClassFixture<SqliteApp>;

public sealed class SharingApiOnPostgreSQL(PostgreSqlApp app) : SharingApiTests(app), IClassFixture<PostgreSqlApp>;
