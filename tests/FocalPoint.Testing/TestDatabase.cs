using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
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

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"focalpoint-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(provider, $"Data Source={file}", file);
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException(
                    $"PostgreSQL tests need {PostgresVariable} (a connection string to a test server). Run ./test.sh, which starts one.");
            var name = $"fp_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await command.ExecuteNonQueryAsync();
            }

            database = new TestDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), name);
        }

        await using var db = database.CreateContext();
        await new DatabaseInitializer(db).MigrateAsync();
        return database;
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
