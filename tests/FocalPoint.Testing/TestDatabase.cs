using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Data;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;
using Npgsql;

namespace FocalPoint.Testing;

/// <summary>
/// A fresh, migrated database with reference data, on SQLite (a temporary file) or PostgreSQL (a new database on
/// the server named by FOCALPOINT_TEST_POSTGRES, which ./test.sh starts). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "FOCALPOINT_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string connectionString, string? dropName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.dropName = dropName;
        Protection = DataProtectionSetup.CreateStandalone(Options, connectionString);
    }

    private readonly string? dropName;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public DatabaseOptions Options => new() { Provider = Provider, SeedDemoData = false };

    /// <summary>A key ring kept in this database, as the web app keeps it: an app over the same database reads what tests wrote.</summary>
    public FieldProtection Protection { get; }

    /// <summary>A fresh database, migrated, with reference data and nothing else.</summary>
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        CopyOfAsync(Templates.GetOrAdd((provider, null), key => new Lazy<Task<TestDatabase>>(() => MigratedAsync(key.Provider))).Value);

    /// <summary>
    /// A fresh database holding the demo data of the given scale, as the web app's first start in demo mode loads it
    /// (<see cref="DemoOptions"/>' seed): an app started on it finds the incidents there and loads nothing.
    /// </summary>
    public static Task<TestDatabase> CreateWithDemoAsync(DatabaseProvider provider, double demoScale) =>
        CopyOfAsync(Templates.GetOrAdd((provider, demoScale), key => new Lazy<Task<TestDatabase>>(() => WithDemoAsync(key.Provider, demoScale))).Value);

    /// <summary>
    /// Databases migrated (and demo-loaded) once per test process, copied for every test: migrating, seeding reference
    /// data and loading the demo per test were most of the suite's time. Kept until the process ends (the server is
    /// throwaway, the files temporary).
    /// </summary>
    private static readonly ConcurrentDictionary<(DatabaseProvider Provider, double? DemoScale), Lazy<Task<TestDatabase>>> Templates = new();

    private static readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> PreparedTemplates = new(StringComparer.Ordinal);

    /// <summary>
    /// A copy of a database that <paramref name="prepare"/> builds once per test process under <paramref name="key"/>
    /// (for instance, one the web app's start-up has already seeded): whatever the preparation costs is paid once,
    /// and every caller gets a database of its own.
    /// </summary>
    public static Task<TestDatabase> CreatePreparedAsync(string key, Func<Task<TestDatabase>> prepare) =>
        CopyOfAsync(PreparedTemplates.GetOrAdd(key, _ => new Lazy<Task<TestDatabase>>(async () =>
        {
            var database = await prepare();
            await database.CloseForCopyingAsync();
            return database;
        })).Value);

    private static async Task<TestDatabase> CopyOfAsync(Task<TestDatabase> templateTask)
    {
        var template = await templateTask;
        if (template.Provider == DatabaseProvider.Sqlite)
        {
            var file = NewSqliteFile();
            foreach (var suffix in new[] { "", "-wal" })
            {
                if (File.Exists(template.dropName + suffix))
                {
                    File.Copy(template.dropName + suffix, file + suffix);
                }
            }

            return new TestDatabase(template.Provider, $"Data Source={file}", file);
        }

        var name = NewPostgresName();
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template.dropName}\"");
        return new TestDatabase(template.Provider, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString(), name);
    }

    private static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = NewSqliteFile();
            database = new TestDatabase(provider, $"Data Source={file}", file);
        }
        else
        {
            var name = NewPostgresName();
            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
            database = new TestDatabase(provider, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString(), name);
        }

        await using (var db = database.CreateContext())
        {
            await new DatabaseInitializer(db).MigrateAsync();
        }

        await database.CloseForCopyingAsync();
        return database;
    }

    private static async Task<TestDatabase> WithDemoAsync(DatabaseProvider provider, double demoScale)
    {
        var database = await CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var demo = new DemoOptions(new DatabaseOptions().DemoSeed, demoScale);
            await new DemoDataLoader(db).LoadAsync(new DemoGenerator(ReferenceDataCatalog.Load(), demo));
        }

        await database.CloseForCopyingAsync();
        return database;
    }

    /// <summary>A template must have no open connections: PostgreSQL refuses to copy it, and SQLite's pool would keep pages in the WAL.</summary>
    private async Task CloseForCopyingAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using (var db = CreateContext())
            {
                // Everything into the main file, so that a copy of it alone is the whole database.
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString));
            return;
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
    }

    private static string Server => Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException(
            $"PostgreSQL tests need {PostgresVariable} (a connection string to a test server). Run ./test.sh, which starts one.");

    private static string NewSqliteFile() => Path.Combine(Path.GetTempPath(), $"focalpoint-test-{Guid.NewGuid():N}.db");

    private static string NewPostgresName() => $"fp_test_{Guid.NewGuid():N}";

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public FocalPointDbContext CreateContext(ICurrentUser? user = null, TimeProvider? time = null)
    {
        var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(builder, Options, ConnectionString);
        builder.UseFieldProtection(Protection);
        builder.AddInterceptors(new AuditStampInterceptor(time ?? TimeProvider.System, user ?? new SystemUser("tester")));
        return new FocalPointDbContext(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(dropName + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{dropName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
