using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FocalPoint.Bench.Audit;

/// <summary>A throwaway, migrated database per provider (SQLite: a temp file in WAL mode; PostgreSQL: a new database).</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly DbContextOptions<FocalPointDbContext> options;
    private readonly string? sqliteFile;
    private readonly string? server;
    private readonly string? name;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? server, string? name)
    {
        Provider = provider;
        this.sqliteFile = sqliteFile;
        this.server = server;
        this.name = name;
        var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(builder, new DatabaseOptions { Provider = provider, SeedDemoData = false }, connectionString);
        builder.AddInterceptors(new AuditStampInterceptor(TimeProvider.System, new SystemUser("bench")));
        options = builder.Options;
    }

    public DatabaseProvider Provider { get; }
    public string Name => Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql";

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string? postgresServer)
    {
        BenchDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"focalpoint-bench-audit-{Guid.NewGuid():N}.db");
            database = new BenchDatabase(provider, $"Data Source={file}", file, null, null);
        }
        else
        {
            var dbName = $"fp_bench_audit_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(postgresServer))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{dbName}\"", connection);
                await command.ExecuteNonQueryAsync();
            }

            database = new BenchDatabase(provider, new NpgsqlConnectionStringBuilder(postgresServer) { Database = dbName }.ToString(), null, postgresServer, dbName);
        }

        await using var db = database.CreateContext();
        await new DatabaseInitializer(db).MigrateAsync();
        return database;
    }

    public FocalPointDbContext CreateContext() => new(options);

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqliteFile + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
