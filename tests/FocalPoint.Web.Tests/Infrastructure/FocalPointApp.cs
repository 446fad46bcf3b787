using System.Text.RegularExpressions;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FocalPoint.Web.Tests.Infrastructure;

/// <summary>The whole web application on a fresh database of one provider, with a little demo data and the demo accounts.</summary>
public abstract partial class FocalPointApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "FocalPoint-Test-2026!";
    private TestDatabase? database;
    private readonly bool ownsDatabase = true;

    protected FocalPointApp()
    {
    }

    /// <summary>A node over a database that another owns and disposes (several nodes, one database).</summary>
    protected FocalPointApp(TestDatabase shared)
    {
        database = shared;
        ownsDatabase = false;
    }

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Whether the start-up resolves the demo's records (as a real first start does).</summary>
    protected virtual bool ResolveDemoData => false;

    public TestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The server's recent log lines, for a test that has to explain a timeout.</summary>
    public RecentServerLog RecentLog { get; } = new();

    /// <summary>The demo's size: a little of everything, quick to load.</summary>
    public const double DemoScale = 0.02;

    /// <summary>
    /// A copy of a database the app's start-up has already prepared (the demo, the modules' demo data and the demo
    /// accounts in it: this start then adds nothing), unless this app resolves the demo's records at start-up, which
    /// happens only when the start-up loads the demo itself.
    /// </summary>
    public async Task InitializeAsync() =>
        database = ResolveDemoData ? await TestDatabase.CreateAsync(Provider)
            : await TestDatabase.CreatePreparedAsync($"web-started-{Provider}", () => StartedOnceAsync(Provider));

    // One start of the app per test process and provider seeds the modules and hashes the accounts' passwords; the
    // sixty-odd apps of the suite start from copies. Background jobs stay off in that start, so that no job's lease
    // or run is copied into every test's database.
    private static async Task<TestDatabase> StartedOnceAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateWithDemoAsync(provider, DemoScale);
        await using (var app = new PreparingApp(provider, database))
        {
            _ = app.Services;
        }
        return database;
    }

    private sealed class PreparingApp : FocalPointApp
    {
        public PreparingApp(DatabaseProvider provider, TestDatabase prepared)
            : base(prepared) => this.provider = provider;

        private readonly DatabaseProvider provider;

        public override DatabaseProvider Provider => provider;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:Enabled", "false");
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (database is not null && ownsDatabase)
        {
            await database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(RecentLog)
            .AddFilter<RecentServerLog>(null, LogLevel.Warning)
            .AddFilter<RecentServerLog>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information));
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:FocalPoint", Database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Database:DemoScale", DemoScale.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Tests arrange entities themselves (unresolved records are part of their set-up); one test turns this on.
        builder.UseSetting("Database:ResolveDemoData", ResolveDemoData ? "true" : "false");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", Password);

        // The shipped municipality boundaries are the default; FOCALPOINT_TEST_GEOJSON=none empties the setting (points).
        if (SharedGeoData.MunicipalityBoundaries is null)
        {
            builder.UseSetting("Flows:MunicipalityGeoJson", "");
        }

        // Tests sign in far more often than a person does; the limit itself is tested with its own setting.
        builder.UseSetting("Security:SignInPermitsPerMinute", "100000");
        builder.UseSetting("Security:ApiPermitsPerMinute", "100000");
        builder.UseSetting("Cyber:PublicPermitsPerMinute", "100000");
        // A lighter proof of work keeps browser tests quick on a loaded machine; the check itself is the same.
        builder.UseSetting("Cyber:ProofOfWorkBits", "12");
        builder.UseSetting("Cyber:AttachmentDirectory", Path.Combine(Path.GetTempPath(), "focalpoint-cyber-attachments-tests"));

        // Tests sign in hundreds of times: a password hash of a thousand rounds instead of the default hundred thousand
        // keeps that from being a noticeable part of the suite. The hashing code is the same.
        builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    /// <summary>A client signed in as the given demo account, through the real sign-in form and second step.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await SignInAsync(client, userName, Password);
        Assert.StartsWith("/account/login-2fa", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        response = await SecondStepAsync(client, DemoCode(userName));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>The current authenticator code of a demo account, from its fixed demo secret.</summary>
    public static string DemoCode(string userName) => Totp.Code(FocalPoint.Web.Account.AuthenticatorKey.DemoSecret(userName), TimeProvider.System.GetUtcNow());

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = TokenIn(form),
        }));
    }

    /// <summary>Posts an authenticator or recovery code to the second sign-in step.</summary>
    public static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string code)
    {
        var form = await client.GetStringAsync("/account/login-2fa");
        return await client.PostAsync("/account/login-2fa", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code, ["returnUrl"] = "/", ["__RequestVerificationToken"] = TokenIn(form),
        }));
    }

    public static string TokenIn(string form) => Antiforgery().Match(form).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}

public sealed class SqliteApp : FocalPointApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlApp : FocalPointApp
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;
}
