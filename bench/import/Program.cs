using System.Diagnostics;
using System.Globalization;
using FocalPoint.Application;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Import;
using FocalPoint.Application.Security;
using FocalPoint.Bench.Import;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Protection;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// import benchmark steps, driven by bench/import.sh:
//   generate FILE SCALE          demo incidents as an agency CSV (one row per firearm or person)
//   migrate PROVIDER CONNECTION  an empty registry, for the engine's own bulk load
//   import PROVIDER CONNECTION FILE   our full import: stage, normalise, validate, commit
//   xlsx CSV XLSX ROWS           the first ROWS rows of the agency CSV as a workbook, for the CLI's XLSX path
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
switch (args[0])
{
    case "generate":
        var reference = ReferenceDataCatalog.Load();
        long incidents = 0;
        var generator = new DemoGenerator(reference, new DemoOptions(20181, 96.6 * double.Parse(args[2], CultureInfo.InvariantCulture)));
        FlatFile.Write(args[1], generator.Generate(), reference, b => incidents += b.Incidents.Count);
        Console.WriteLine($"import.incidents: {incidents} incidents");
        break;
    case "migrate":
        await using (var db = Context(args[1], args[2]))
        {
            await new DatabaseInitializer(db).MigrateAsync();
        }

        break;
    case "import":
        await ImportAsync(args[1], args[2], args[3]);
        break;
    case "xlsx":
        Console.WriteLine($"import.cli.xlsx_rows: {WorkbookFile.Write(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture))} rows");
        break;
}

return;

static async Task ImportAsync(string provider, string connection, string file)
{
    await using (var db = Context(provider, connection))
    {
        await new DatabaseInitializer(db).MigrateAsync();
    }

    var services = new ServiceCollection();
    services.AddSingleton<IAccessContext>(new Operator());
    services.AddSingleton<ICurrentUser>(new SystemUser("bench"));
    services.AddSingleton(TimeProvider.System);
    services.AddScoped(_ => Context(provider, connection));
    services.AddFocalPointAudit(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Audit:AnchorKey"] = "bench-anchor-secret-bench-anchor-secret",
    }).Build());
    services.AddFocalPointApplication();
    services.Configure<ImportOptions>(o => o.StoreDirectory = Path.Combine(Path.GetDirectoryName(file)!, "store"));
    await using var provider2 = services.BuildServiceProvider();
    var clock = Stopwatch.StartNew();
    ImportResult<ImportSummary> result;
    await using (var scope = provider2.CreateAsyncScope())
    {
        await using var content = File.OpenRead(file);
        var staged = await scope.ServiceProvider.GetRequiredService<StageImport>().StageAsync(content,
            new StageRequest("bench", Path.GetFileName(file), ImportPolicy.Quarantine, RequireCompleteMapping: true,
                Edit: new(Constants: new Dictionary<string, string> { ["HandlingCode"] = "H0" })));
        if (!staged.Succeeded)
        {
            throw new InvalidOperationException(staged.Problem!.Message);
        }

        result = await scope.ServiceProvider.GetRequiredService<CommitImport>().CommitAsync(staged.Value!.BatchId, new Dots(provider));
    }

    var seconds = clock.Elapsed.TotalSeconds;
    Console.Error.WriteLine();
    if (!result.Succeeded)
    {
        throw new InvalidOperationException(result.Problem!.Message);
    }

    var s = result.Value!;
    Console.WriteLine($"import.{provider}.rows_read: {s.RowsRead} rows");
    Console.WriteLine($"import.{provider}.incidents: {s.RecordsImported} incidents");
    Console.WriteLine($"import.{provider}.quarantined: {s.RowsQuarantined} rows");
    Console.WriteLine($"import.{provider}.seconds: {seconds:F1} s");
    Console.WriteLine($"import.{provider}.peak_memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
}

static FocalPointDbContext Context(string provider, string connection)
{
    var options = new DatabaseOptions { Provider = provider == "postgresql" ? DatabaseProvider.PostgreSQL : DatabaseProvider.Sqlite, SeedDemoData = false };
    var builder = new DbContextOptionsBuilder<FocalPointDbContext>();
    DataServiceCollectionExtensions.Configure(builder, options, connection);
    builder.UseFieldProtection(Protection.For(options, connection));
    builder.AddInterceptors(new AuditStampInterceptor(TimeProvider.System, new SystemUser("bench")));
    var db = new FocalPointDbContext(builder.Options);
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
    return db;
}

internal static class Protection
{
    private static FieldProtection? protection;

    public static FieldProtection For(DatabaseOptions options, string connection) => protection ??= DataProtectionSetup.CreateStandalone(options, connection);
}

internal sealed class Operator : IAccessContext
{
    public Task<UserAccess> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(UserAccess.System("bench"));
}

/// <summary>A line on stderr every 100,000 rows, so that a long import is visibly alive.</summary>
internal sealed class Dots(string provider) : IProgress<ImportProgress>
{
    private long next = 100_000;

    public void Report(ImportProgress value)
    {
        if (value.RowsRead >= next)
        {
            Console.Error.WriteLine($"  {provider}: {value.RowsRead:N0} rows, {value.RecordsImported:N0} incidents");
            next += 100_000;
        }
    }
}
