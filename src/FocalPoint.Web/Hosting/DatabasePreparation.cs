using System.Diagnostics;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
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
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = services.GetRequiredService<FocalPointDbContext>();
        if (database.SeedDemoData && !await db.Incidents.AnyAsync())
        {
            var clock = Stopwatch.StartNew();
            var generator = new DemoGenerator(ReferenceDataCatalog.Load(), new Application.Demo.DemoOptions(database.DemoSeed, database.DemoScale));
            var loaded = await new DemoDataLoader(db).LoadAsync(generator);
            LogDemoLoaded(logger, loaded.Incidents, loaded.Rows, clock.ElapsedMilliseconds);
        }

        var demo = services.GetRequiredService<IOptions<DemoAccountOptions>>().Value;
        if (demo.Enabled)
        {
            await DemoAccounts.EnsureAsync(services, demo.Password);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded: {Incidents} incidents, {Rows} rows in {Milliseconds} ms")]
    private static partial void LogDemoLoaded(ILogger logger, long incidents, long rows, long milliseconds);
}
