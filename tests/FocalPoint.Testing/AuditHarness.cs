using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Testing;

/// <summary>
/// The real audit log (writer, anchors, triggers) on a fresh test database, wired as AddFocalPointAudit wires it.
/// <see cref="StartAsync"/> may be called again after <see cref="StopAsync"/>: a new writer, as after a restart.
/// </summary>
public sealed class AuditHarness : IAsyncDisposable
{
    public const string AnchorSecret = "test-anchor-secret-test-anchor-secret";

    private readonly Dictionary<string, string?> settings;
    private ServiceProvider? services;

    private AuditHarness(TestDatabase database, Dictionary<string, string?> settings)
    {
        Database = database;
        this.settings = settings;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services => services ?? throw new InvalidOperationException("Not started.");

    /// <param name="anchorKeyFile">Sign anchors with a key file instead of the configured secret.</param>
    public static async Task<AuditHarness> CreateAsync(DatabaseProvider provider, int anchorEvery = 10, string? anchorKeyFile = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Audit:AnchorEvery"] = anchorEvery.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Audit:AnchorInterval"] = "01:00:00",
            ["Audit:AnchorKey"] = anchorKeyFile is null ? AnchorSecret : null,
            ["Audit:AnchorKeyFile"] = anchorKeyFile ?? "unused.key",
        };
        var harness = new AuditHarness(await TestDatabase.CreateAsync(provider), settings);
        harness.Start();
        return harness;
    }

    public void Start(string userName = "tester")
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<ICurrentUser>(new SystemUser(userName));
        collection.AddScoped(_ => Database.CreateContext());
        collection.AddFocalPointAudit(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services = collection.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Stops the writer (it drains and anchors the tail), as the host does at shutdown.</summary>
    public async Task StopAsync()
    {
        if (services is not null)
        {
            // As the host does: stop hosted services first, while the provider can still make scopes.
            await services.GetRequiredService<AuditWriter>().StopAsync(CancellationToken.None);
            await services.DisposeAsync();
            services = null;
        }
    }

    public async Task RecordAsync(AuditEvent auditEvent)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(auditEvent);
    }

    /// <summary>Records entries 1..count (ids "Person/i"), one after another.</summary>
    public async Task RecordManyAsync(int count, string purpose = "case work")
    {
        for (var i = 1; i <= count; i++)
        {
            await RecordAsync(new AuditEvent(AuditAction.Consult, "Person", [$"Person/{i}"], purpose, ["Border Police"], "test"));
        }
    }

    public async Task<AuditVerification> VerifyAsync(AuditAnchorKey? key = null)
    {
        await using var db = Database.CreateContext();
        return await new AuditVerifier(db, key ?? AuditAnchorKey.FromSecret(AnchorSecret)).VerifyAsync();
    }

    /// <summary>Drops the append-only triggers and runs the change, as an attacker with DBA rights could.</summary>
    public async Task TamperAsync(Func<FocalPointDbContext, Task> change)
    {
        await using var db = Database.CreateContext();
        var drops = Database.Provider == DatabaseProvider.PostgreSQL
            ? new[] { """DROP TRIGGER IF EXISTS "AuditEntries_AppendOnly" ON "AuditEntries" """, """DROP TRIGGER IF EXISTS "AuditAnchors_AppendOnly" ON "AuditAnchors" """ }
            : ["""DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate" """, """DROP TRIGGER IF EXISTS "AuditEntries_NoDelete" """,
               """DROP TRIGGER IF EXISTS "AuditAnchors_NoUpdate" """, """DROP TRIGGER IF EXISTS "AuditAnchors_NoDelete" """];
        foreach (var drop in drops)
        {
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        await change(db);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Database.DisposeAsync();
    }
}
