using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FocalPoint.Data.Setup;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "FocalPoint";

    /// <summary>Registers the DbContext for the configured provider, with its migrations assembly.</summary>
    public static IServiceCollection AddFocalPointData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => o.Provider != DatabaseProvider.PostgreSQL || !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName)),
                "Database:Provider is PostgreSQL but ConnectionStrings:FocalPoint is not set.")
            .ValidateOnStart();

        services.AddDbContext<FocalPointDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            Configure(options, database, configuration.GetConnectionString(ConnectionStringName));
            options.UseFieldProtection(provider.GetRequiredService<FieldProtection>());
            options.AddInterceptors(new AuditStampInterceptor(
                provider.GetService<TimeProvider>() ?? TimeProvider.System,
                provider.GetService<ICurrentUser>() ?? new SystemUser()));
        });
        services.AddFocalPointDataProtection(KeyProtectionOptions.From(configuration));
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string? connectionString)
    {
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("FocalPoint.Data.PostgreSql"));
        }
        else
        {
            options.UseSqlite(SqliteConnectionString(database, connectionString), sqlite => sqlite.MigrationsAssembly("FocalPoint.Data.Sqlite"));
        }
    }

    public static string SqliteConnectionString(DatabaseOptions database, string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString ?? $"Data Source={database.SqliteFile}")
        {
            ForeignKeys = true,
            Pooling = true,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ToString();
    }
}
