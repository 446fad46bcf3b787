using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FocalPoint.Bench.Tracing;

/// <summary>A throwaway database per provider (SQLite: a file in the work folder; PostgreSQL: a new database), contexts made as the web app makes them.</summary>
internal sealed class BenchDb : IAsyncDisposable
{
    private readonly DbContextOptions<FocalPointDbContext> options;
    private readonly string? postgresServer;
    private readonly string? postgresName;

    private BenchDb(DatabaseProvider provider, string connectionString, string? postgresServer = null, string? postgresName = null)
    {
        Provider = provider;
        this.postgresServer = postgresServer;
        this.postgresName = postgresName;
        var databaseOptions = new DatabaseOptions { Provider = provider, SeedDemoData = false };
        var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(builder, databaseOptions, connectionString);
        builder.UseFieldProtection(DataProtectionSetup.CreateStandalone(databaseOptions, connectionString));
        builder.AddInterceptors(new AuditStampInterceptor(TimeProvider.System, new SystemUser("bench")));
        options = builder.Options;
    }

    public DatabaseProvider Provider { get; }
    public string Name => Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql";

    public static BenchDb Sqlite(string folder) => new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "registry.db")}");

    public static async Task<BenchDb> PostgresAsync(string server)
    {
        var name = $"fp_bench_tracing_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new BenchDb(DatabaseProvider.PostgreSQL, new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), server, name);
    }

    public FocalPointDbContext CreateContext()
    {
        var db = new FocalPointDbContext(options);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        return db;
    }

    /// <summary>Statistics after the bulk load, as the registry benchmark takes them.</summary>
    public async Task AnalyzeAsync(FocalPointDbContext db) =>
        await db.Database.ExecuteSqlRawAsync(Provider == DatabaseProvider.PostgreSQL ? "VACUUM ANALYZE" : "ANALYZE");

    public async ValueTask DisposeAsync()
    {
        if (postgresServer is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(postgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
