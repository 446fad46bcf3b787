using System.Net;
using System.Net.Http.Json;
using System.Text;
using FocalPoint.Data.Auditing;
using FocalPoint.Web.Tests.Infrastructure;
using FocalPoint.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Community;

/// <summary>
/// The referral seal over HTTP (ADR 0025): every role against every referral endpoint, API and pages; an analyst finds
/// a referral nowhere (search, link chart, exports, indicators) and the attempt to open it is audited.
/// </summary>
public abstract class ReferralSealApiTests(FocalPointApp app)
{
    private const string Subject = "Zyrafete Sealtest";

    private static readonly string[] ApiCalls =
    [
        "GET /api/v1/referrals/", "GET /api/v1/referrals/{id}", "POST /api/v1/referrals/", "POST /api/v1/referrals/{id}/screening",
        "POST /api/v1/referrals/{id}/consent", "POST /api/v1/referrals/{id}/assessments", "POST /api/v1/referrals/{id}/panel-meetings",
        "POST /api/v1/referrals/{id}/support-items", "POST /api/v1/referrals/{id}/reviews", "POST /api/v1/referrals/{id}/exit",
    ];

    private static readonly string[] Pages = ["/referrals", "/referrals/new", "/referrals/{id}"];

    [Fact]
    public async Task EveryRole_EveryReferralEndpointAndPage_OnlyTheCaseWorkerReachesOthersFindNothing()
    {
        var id = await ReferAsync();
        var failures = new List<string>();
        foreach (var user in AuthorizationMatrix.Users)
        {
            var client = await app.SignedInClientAsync(user);
            foreach (var call in ApiCalls)
            {
                var (method, path) = (call.Split(' ')[0], call.Split(' ')[1].Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var reached = response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError);
                if (user == "caseworker" ? !reached : response.StatusCode != HttpStatusCode.NotFound || body.Contains(Subject, StringComparison.Ordinal))
                {
                    failures.Add($"{call} as {user}: {(int)response.StatusCode}");
                }
            }

            foreach (var page in Pages)
            {
                using var response = await client.GetAsync(page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                var body = await response.Content.ReadAsStringAsync();
                var refused = response.StatusCode == HttpStatusCode.NotFound
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal));
                if (user == "caseworker" ? response.StatusCode != HttpStatusCode.OK : !refused || body.Contains(Subject, StringComparison.Ordinal))
                {
                    failures.Add($"page {page} as {user}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await using var db = app.Database.CreateContext();
        var refusedBy = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.AccessRefused && e.RecordIds == $"Referral/{id}")
            .Select(e => e.Actor).Distinct().ToListAsync();
        Assert.Equal(AuthorizationMatrix.Users.Where(u => u != "caseworker").Order(), refusedBy.Order());
    }

    [Fact]
    public async Task Analyst_SearchChartExportsAndIndicators_NeverShowTheReferralSubject()
    {
        await ReferAsync();
        var analyst = await app.SignedInClientAsync("analyst");
        analyst.DefaultRequestHeaders.Add("X-FocalPoint-Purpose", "Seal test: looking for a referral subject");

        var answers = new[]
        {
            await (await analyst.PostAsJsonAsync("/api/v1/persons/search", new { name = "Zyrafete" })).Content.ReadAsStringAsync(),
            await (await analyst.PostAsJsonAsync("/api/v1/network/search", new { text = "Zyrafete" })).Content.ReadAsStringAsync(),
            await analyst.GetStringAsync("/api/v1/incidents/export.csv"),
            await analyst.GetStringAsync("/api/v1/incidents/?text=Zyrafete"),
            await analyst.GetStringAsync("/api/v1/indicators/"),
        };

        Assert.All(answers, a => Assert.DoesNotContain("Zyrafete", a, StringComparison.OrdinalIgnoreCase));
        Assert.All(answers, a => Assert.DoesNotContain("REF-", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refer_WithAReligionField_RefusedWholeAndNothingStored()
    {
        var worker = await app.SignedInClientAsync("caseworker");
        await using var before = app.Database.CreateContext();
        var count = await before.Referrals.CountAsync();

        var response = await worker.PostAsync("/api/v1/referrals/", new StringContent(
            "{\"referringAgency\":\"School\",\"referrerRole\":\"Teacher\",\"subjectName\":\"Test\",\"subjectAge\":20,\"subjectSex\":\"Male\","
            + "\"municipalityId\":1,\"concerns\":\"x\",\"referredOn\":\"2026-01-05\",\"religion\":\"any\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var after = app.Database.CreateContext();
        Assert.Equal(count, await after.Referrals.CountAsync());
    }

    private async Task<long> ReferAsync()
    {
        var worker = await app.SignedInClientAsync("caseworker");
        var response = await worker.PostAsJsonAsync("/api/v1/referrals/", new
        {
            referringAgency = "Primary school", referrerRole = "Teacher", subjectName = Subject, subjectAge = 17, subjectSex = "Female",
            municipalityId = 1, concerns = "Shares violent videos in the class chat (synthetic).", referredOn = "2026-01-05",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class ReferralSealApiOnSqlite(SqliteApp app) : ReferralSealApiTests(app), IClassFixture<SqliteApp>;

public sealed class ReferralSealApiOnPostgreSQL(PostgreSqlApp app) : ReferralSealApiTests(app), IClassFixture<PostgreSqlApp>;
