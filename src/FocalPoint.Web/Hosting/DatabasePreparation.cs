using System.Diagnostics;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Linkage;
using FocalPoint.Application.Security;
using FocalPoint.Domain.Resolution;
using FocalPoint.Data;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Web.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Hosting;

internal static partial class DatabasePreparation
{
    /// <summary>Migrates, seeds reference data and, on an empty database in demo mode, demo data and accounts.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("FocalPoint.Startup");
        // Before migrating: the migration reads the key ring, and a node that cannot read a key would make one of its own.
        await NodeConfigurationCheck.RunAsync(services, logger, app.Lifetime.ApplicationStopping);
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = services.GetRequiredService<FocalPointDbContext>();
        if (database.SeedDemoData && !await db.Incidents.AnyAsync())
        {
            var clock = Stopwatch.StartNew();
            var generator = new DemoGenerator(ReferenceDataCatalog.Load(), new Application.Demo.DemoOptions(database.DemoSeed, database.DemoScale));
            var loaded = await new DemoDataLoader(db).LoadAsync(generator);
            LogDemoLoaded(logger, loaded.Incidents, loaded.Rows, clock.ElapsedMilliseconds);
            if (database.ResolveDemoData)
            {
                await ResolveDemoAsync(services, logger);
            }
        }

        // Cyber reports, training records and infrastructure plans are modules of their own: seeded on their own emptiness, so an older demo database gains them too.
        if (database.SeedDemoData)
        {
            await services.GetRequiredService<Application.Cyber.Demo.CyberDemoData>().SeedAsync(database.DemoSeed);
            await services.GetRequiredService<Application.Training.Demo.TrainingDemoData>().SeedAsync(database.DemoSeed);
            await services.GetRequiredService<Application.Infrastructure.Demo.InfrastructureDemoData>().SeedAsync(database.DemoSeed);
        }

        var demo = services.GetRequiredService<IOptions<DemoAccountOptions>>().Value;
        if (demo.Enabled)
        {
            await DemoAccounts.EnsureAsync(services, demo.Password);
        }
    }

    /// <summary>
    /// Resolves the fresh demo's persons and firearms, so that a first visitor meets entities and a review queue
    /// rather than "not resolved yet" on every record. Runs as the system, as `focalpoint resolve` does.
    /// </summary>
    private static async Task ResolveDemoAsync(IServiceProvider services, ILogger logger)
    {
        var system = new FixedAccessContext(UserAccess.System("demo"));
        foreach (var kind in new[] { ResolvedKind.Person, ResolvedKind.Firearm })
        {
            var clock = Stopwatch.StartNew();
            var run = ActivatorUtilities.CreateInstance<RunResolution>(services, system);
            var result = await run.HandleAsync(kind);
            LogDemoResolved(logger, kind, result.Value?.Records ?? 0, result.Value?.PairsQueued ?? 0, clock.ElapsedMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo {Kind} records resolved: {Records} records, {Queued} pairs queued for review in {Milliseconds} ms")]
    private static partial void LogDemoResolved(ILogger logger, ResolvedKind kind, int records, int queued, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Incidents} incidents, {Rows} rows in {Milliseconds} ms")]
    private static partial void LogDemoLoaded(ILogger logger, long incidents, long rows, long milliseconds);
}
