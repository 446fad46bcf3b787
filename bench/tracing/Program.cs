using System.Diagnostics;
using System.Globalization;
using FocalPoint.Application;
using FocalPoint.Application.Common;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Import;
using FocalPoint.Application.Security;
using FocalPoint.Application.Tracing.Stolen;
using FocalPoint.Bench.Import;
using FocalPoint.Bench.Tracing;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Import;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// tracing benchmark: a registry of 1,000,000 firearms of which 200,000 are reported lost or stolen (x BENCH_SCALE),
// per provider. Times the roadside lookup through the use case (p95), then imports an agency file of 100,000
// firearms through the real import (stage and commit, which checks every firearm against the register) and times
// the check on its own, giving the import's speed with the check over its speed without. See bench/tracing.sh.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var scale = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1.0;
var providers = (Environment.GetEnvironmentVariable("BENCH_PROVIDERS") ?? "sqlite,postgresql").Split(',', StringSplitOptions.TrimEntries);
var postgresServer = Environment.GetEnvironmentVariable("FOCALPOINT_BENCH_POSTGRES");
var firearms = (int)(1_000_000 * scale);
var stolenCount = (int)(200_000 * scale);
var importTarget = (int)(100_000 * scale);
var work = Directory.CreateTempSubdirectory("focalpoint-bench-tracing-");

// The agency file: demo incidents until it holds the target number of firearms; 1% of its serials were reported stolen.
var reference = ReferenceDataCatalog.Load();
var file = Path.Combine(work.FullName, "agency.csv");
var imported = new List<string>();
var generator = new DemoGenerator(reference, new DemoOptions(20181, 0.2 + 12 * scale));
FlatFile.Write(file, generator.Generate().TakeWhile(_ => imported.Count < importTarget), reference,
    b => imported.AddRange(b.Firearms.Where(f => f.SerialAsWritten is not null && !f.SerialAsWritten.Contains('?')).Select(f => f.SerialAsWritten!)));
var random = new Random(5);
var stolen = Enumerable.Range(0, stolenCount).Select(i => i % 100 == 0 && i / 100 < imported.Count ? imported[i / 100 * 97 % imported.Count] : SyntheticRegistry.Serial(random, i)).ToList();
Console.WriteLine($"tracing.registry_firearms: {firearms} firearms");
Console.WriteLine($"tracing.stolen_records: {stolenCount} records");
Console.WriteLine($"tracing.import_file_firearms: {imported.Count} firearms");

var worst = new List<double>();
var worstLookup = new List<double>();
foreach (var provider in providers)
{
    if (provider == "postgresql" && string.IsNullOrWhiteSpace(postgresServer))
    {
        Console.Error.WriteLine("FOCALPOINT_BENCH_POSTGRES not set: PostgreSQL skipped (bench/tracing.sh starts a server).");
        continue;
    }

    await using var database = provider == "sqlite" ? BenchDb.Sqlite(work.FullName) : await BenchDb.PostgresAsync(postgresServer!);
    await RunAsync(database);
}

Console.WriteLine($"tracing.max_lookup_p95: {worstLookup.Max():F1} ms (target < 50 ms)");
Console.WriteLine($"tracing.ratio: {worst.Min():F2} (target >= 0.5)");
work.Delete(recursive: true);
return;

async Task RunAsync(BenchDb database)
{
    var name = database.Name;
    await using (var db = database.CreateContext())
    {
        await new DatabaseInitializer(db).MigrateAsync();
        var clock = Stopwatch.StartNew();
        await SyntheticRegistry.LoadAsync(db, firearms, stolen);
        Console.WriteLine($"tracing.{name}.load_seconds: {clock.Elapsed.TotalSeconds:F1} s");
        await database.AnalyzeAsync(db);
    }

    await using var services = Services(database, Path.Combine(work.FullName, $"store-{name}"));
    var build = Stopwatch.StartNew();
    await SearchAsync(services, "AB-0000000");
    Console.WriteLine($"tracing.{name}.register_build_seconds: {build.Elapsed.TotalSeconds:F2} s");

    var queries = Lookups.Draw(stolen, 1000, 11);
    foreach (var q in queries.Take(50)) await SearchAsync(services, q);
    var times = new List<double>();
    var found = 0;
    foreach (var q in queries)
    {
        var watch = Stopwatch.StartNew();
        found += await SearchAsync(services, q) > 0 ? 1 : 0;
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"tracing.{name}.lookup_p95: {Lookups.P95(times):F1} ms");
    worstLookup.Add(Lookups.P95(times));

    // The part of a look-up spent asking the database for register firearms recorded since the last one.
    var refresh = new List<double>();
    var register = services.GetRequiredService<StolenRegister>();
    for (var i = 0; i < 200; i++)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        await register.RefreshAsync(scope.ServiceProvider.GetRequiredService<FocalPointDbContext>(), CancellationToken.None);
        refresh.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"tracing.{name}.refresh_p95: {Lookups.P95(refresh):F1} ms");
    Console.WriteLine($"tracing.{name}.lookup_answered: {found} of {queries.Count}");

    var (withCheck, check, hits) = await ImportAsync(services);
    var ratio = (withCheck - check) / withCheck;
    worst.Add(ratio);
    Console.WriteLine($"tracing.{name}.import_with_check_seconds: {withCheck:F1} s");
    Console.WriteLine($"tracing.{name}.check_seconds: {check:F2} s");
    Console.WriteLine($"tracing.{name}.import_hits: {hits} hits");
    Console.WriteLine($"tracing.{name}.import_ratio: {ratio:F2}");
}

async Task<int> SearchAsync(ServiceProvider services, string serial)
{
    await using var scope = services.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<SearchStolen>().HandleAsync(serial);
    return result.Value?.Count ?? 0;
}

// The import through stage and commit (which runs the check after its commit), then the same check alone on the batch:
// the import without the check takes the difference.
async Task<(double WithCheck, double Check, int Hits)> ImportAsync(ServiceProvider services)
{
    var clock = Stopwatch.StartNew();
    long batchId;
    await using (var scope = services.CreateAsyncScope())
    {
        await using var content = File.OpenRead(file);
        var staged = await scope.ServiceProvider.GetRequiredService<StageImport>().StageAsync(content,
            new StageRequest("bench", Path.GetFileName(file), ImportPolicy.Quarantine, RequireCompleteMapping: true,
                Edit: new(Constants: new Dictionary<string, string> { ["HandlingCode"] = "H0" })));
        batchId = staged.Value?.BatchId ?? throw new InvalidOperationException(staged.Problem!.Message);
        var committed = await scope.ServiceProvider.GetRequiredService<CommitImport>().CommitAsync(batchId);
        if (!committed.Succeeded) throw new InvalidOperationException(committed.Problem!.Message);
    }

    var withCheck = clock.Elapsed.TotalSeconds;
    clock.Restart();
    await using (var scope = services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<CheckStolen>().AfterImportAsync(batchId);
    }

    var check = clock.Elapsed.TotalSeconds;
    await using var counting = services.CreateAsyncScope();
    return (withCheck, check, await counting.ServiceProvider.GetRequiredService<FocalPointDbContext>().StolenHits.CountAsync());
}

static ServiceProvider Services(BenchDb database, string store)
{
    var services = new ServiceCollection();
    services.AddSingleton<IAccessContext>(new FixedAccessContext(new UserAccess("bench-analyst", new HashSet<string> { "Analyst" }, ReportingAgency.KosovoPolice, new HashSet<long>())));
    services.AddSingleton<ICurrentUser>(new SystemUser("bench-analyst"));
    services.AddSingleton(TimeProvider.System);
    services.AddScoped(_ => database.CreateContext());
    services.AddFocalPointAudit(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Audit:AnchorKey"] = "bench-anchor-secret-bench-anchor-secret",
    }).Build());
    services.AddFocalPointApplication();
    services.Configure<ImportOptions>(o => o.StoreDirectory = store);
    return services.BuildServiceProvider();
}
