using System.Net;
using System.Text;
using FocalPoint.Domain.Incidents;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Tests.Security;

/// <summary>
/// Walks every API endpoint with every role (and anonymously) and checks the answer against
/// <see cref="AuthorizationMatrix"/>. An endpoint missing from the matrix fails the test: new endpoints must
/// declare who may call them.
/// </summary>
public abstract class AuthorizationMatrixTests(FocalPointApp app)
{
    [Fact]
    public void Matrix_CoversEveryEndpoint_AndNothingElse()
    {
        var discovered = EndpointCatalogue.Discover(app.Services);

        var missing = discovered.Except(AuthorizationMatrix.Rows.Keys).ToList();
        var stale = AuthorizationMatrix.Rows.Keys.Except(discovered).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a row in AuthorizationMatrix: " + string.Join("; ", missing));
        Assert.True(stale.Count == 0, "Rows for endpoints that no longer exist: " + string.Join("; ", stale));
    }

    [Fact]
    public async Task EveryEndpoint_EveryRole_AnswersAsTheMatrixSays()
    {
        var ids = await SampleIdsAsync();
        var failures = new List<string>();
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.CreateClient(new() { AllowAutoRedirect = false }) };
        foreach (var user in AuthorizationMatrix.Users)
        {
            clients[user] = await app.SignedInClientAsync(user);
        }

        foreach (var (endpoint, allowed) in AuthorizationMatrix.Rows)
        {
            foreach (var (user, client) in clients)
            {
                var status = await CallAsync(client, endpoint, ids);
                var expectAllowed = allowed.Contains(user);
                var refusal = AuthorizationMatrix.Sealed(endpoint) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
                var ok = user == "anonymous" && !expectAllowed
                    ? status == HttpStatusCode.Unauthorized
                    : expectAllowed
                        ? status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError)
                        : status == refusal;
                if (!ok)
                {
                    failures.Add($"{endpoint} as {user}: {(int)status} (expected {(user == "anonymous" && !expectAllowed ? "401" : expectAllowed ? "access" : (int)refusal)})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task RecordOutsideTheCaseTeam_Answers404NeverItsTitle()
    {
        _ = app.Services;
        await using var db = app.Database.CreateContext();
        var red = await db.Incidents.Where(i => i.Tlp == Tlp.Red && i.CreatedBy != "border")
            .Where(i => !db.CaseIncidents.Any(ci => ci.IncidentId == i.Id && db.CaseMembers.Any(m => m.CaseId == ci.CaseId && m.UserName == "border")))
            .Select(i => new { i.Id, i.Reference }).FirstAsync();
        var outsider = await app.SignedInClientAsync("border");

        var response = await outsider.GetAsync($"/api/v1/incidents/{red.Id}");
        var list = await outsider.GetStringAsync($"/api/v1/incidents?text={red.Reference}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(red.Reference, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(red.Reference, list, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, string>> SampleIdsAsync()
    {
        _ = app.Services; // starts the application, which loads the demo data
        await using var db = app.Database.CreateContext();
        var open = await db.Incidents.Where(i => (i.Tlp == Tlp.Green || i.Tlp == Tlp.Clear) && i.HandlingCode != HandlingCode.H3 && i.Persons.Any() && i.Firearms.Any())
            .Select(i => new { i.Id, Person = i.Persons.Select(p => p.PersonId).First(), Firearm = i.Firearms.Select(f => f.Id).First() }).FirstAsync();
        return new Dictionary<string, string>
        {
            ["incident"] = open.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["person"] = open.Person.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["firearm"] = open.Firearm.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["referral"] = (await db.Referrals.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, string endpoint, Dictionary<string, string> ids)
    {
        var (method, pattern) = (endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)], endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var path = AuthorizationMatrix.FillRoute(pattern, ids);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-FocalPoint-Purpose", "Authorisation matrix test");
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

public sealed class AuthorizationMatrixOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixOnPostgreSQL(PostgreSqlApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgreSqlApp>;
