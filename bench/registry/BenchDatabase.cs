using System.Data.Common;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Data.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FocalPoint.Bench.Registry;

/// <summary>
/// A throwaway database per provider (SQLite: a temp file; PostgreSQL: a new database on the benchmark's server),
/// with contexts made the way the web app makes them: options built once, a new context per request.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly DbContextOptions<FocalPointDbContext> options;
    private readonly string efConnectionString;
    private readonly FieldProtection protection;
    private readonly string? sqliteFile;
    private readonly string? postgresServer;
    private readonly string? postgresName;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresServer, string? postgresName)
    {
        Provider = provider;
        this.sqliteFile = sqliteFile;
        this.postgresServer = postgresServer;
        this.postgresName = postgresName;
        efConnectionString = connectionString;
        protection = DataProtectionSetup.CreateStandalone(new DatabaseOptions { Provider = provider, SeedDemoData = false }, connectionString);
        options = Options();

        // The plain-SQL reference gets the very connection string EF uses (SQLite: pooling and foreign keys on).
        ConnectionString = provider == DatabaseProvider.Sqlite
            ? DataServiceCollectionExtensions.SqliteConnectionString(new DatabaseOptions(), connectionString)
            : connectionString;
    }

    public DatabaseProvider Provider { get; }
    public string Name => Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
    public bool IsPostgres => Provider == DatabaseProvider.PostgreSQL;
    public string ConnectionString { get; }

    /// <summary>
    /// A temp file deleted afterwards; or, with BENCH_SQLITE_FILE, that file, kept: loading a million incidents takes
    /// an hour, so a database loaded once (on any machine) can be measured again on a quiet one.
    /// </summary>
    public static BenchDatabase Sqlite()
    {
        if (Environment.GetEnvironmentVariable("BENCH_SQLITE_FILE") is { Length: > 0 } kept)
        {
            return new BenchDatabase(DatabaseProvider.Sqlite, $"Data Source={kept}", null, null, null) { Kept = File.Exists(kept) };
        }

        var file = Path.Combine(Path.GetTempPath(), $"focalpoint-bench-{Guid.NewGuid():N}.db");
        return new BenchDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", file, null, null);
    }

    /// <summary>True when the database was loaded by an earlier run and is only measured again.</summary>
    public bool Kept { get; private init; }

    public static async Task<BenchDatabase> PostgresAsync(string server)
    {
        var name = $"fp_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new BenchDatabase(DatabaseProvider.PostgreSQL, connectionString, null, server, name);
    }

    public FocalPointDbContext CreateContext() => new(options);

    /// <summary>Who lists incidents in the measured runs; set once the data is loaded.</summary>
    public BenchUser User { get; set; } = default!;

    /// <summary>A context whose commands are captured for EXPLAIN; only outside the measured runs.</summary>
    public FocalPointDbContext CreateContext(PlanCapture capture) => new(Options(capture));

    private DbContextOptions<FocalPointDbContext> Options(PlanCapture? capture = null)
    {
        var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(builder, new DatabaseOptions { Provider = Provider, SeedDemoData = false }, efConnectionString);
        builder.UseFieldProtection(protection);
        builder.AddInterceptors(new AuditStampInterceptor(TimeProvider.System, new SystemUser("bench")));
        if (capture is not null)
        {
            builder.AddInterceptors(capture);
        }

        return builder.Options;
    }

    public DbConnection CreateConnection() =>
        IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    /// <summary>Fresh statistics after the bulk load, as an operator would gather them before opening the registry.</summary>
    public async Task AnalyzeAsync()
    {
        await using var db = CreateContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        if (IsPostgres)
        {
            // VACUUM as well: it sets the visibility map that autovacuum would set anyway, and keeps autovacuum
            // from starting on the freshly loaded tables in the middle of the measurements.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsPostgres && sqliteFile is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

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
        if (Environment.GetEnvironmentVariable("BENCH_KEEP") == "1")
        {
            // Kept for studying plans by hand afterwards (psql on the benchmark's server).
            Console.Error.WriteLine($"BENCH_KEEP=1: database {postgresName} kept.");
            return;
        }

        await using var connection = new NpgsqlConnection(postgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
