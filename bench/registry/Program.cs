using System.Diagnostics;
using System.Globalization;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Bench.Registry;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;

// registry benchmark: load a million demo incidents per provider, then time the incident list's first page
// through the real use case against the same query in plain SQL. See bench/registry.sh.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var scale = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1.0;
var postgresServer = Environment.GetEnvironmentVariable("FOCALPOINT_BENCH_POSTGRES");
var explain = Environment.GetEnvironmentVariable("BENCH_EXPLAIN") == "1";

// BENCH_CASES=name,name measures those cases alone (e.g. one slow query after a change, on the kept database).
var only = (Environment.GetEnvironmentVariable("BENCH_CASES") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();

// BENCH_PROVIDERS=postgresql (or sqlite) measures one engine alone, e.g. while working on its query shapes.
var providers = (Environment.GetEnvironmentVariable("BENCH_PROVIDERS") ?? "sqlite,postgresql").Split(',', StringSplitOptions.TrimEntries);

// Demo scale 1 is ~10,348 incidents: 96.6 gives ~1,000,000.
var demo = new DemoOptions(Seed: 20181, Scale: 96.6 * scale);
var results = new List<CaseResult>();

if (providers.Contains("sqlite"))
{
    await using var sqlite = BenchDatabase.Sqlite();
    await RunProviderAsync(sqlite);
}

if (!providers.Contains("postgresql"))
{
    Console.Error.WriteLine("BENCH_PROVIDERS leaves PostgreSQL out.");
}
else if (string.IsNullOrWhiteSpace(postgresServer))
{
    Console.Error.WriteLine("FOCALPOINT_BENCH_POSTGRES not set: PostgreSQL skipped (bench/registry.sh starts a server).");
}
else
{
    await using var postgres = await BenchDatabase.PostgresAsync(postgresServer);
    await RunProviderAsync(postgres);
}

Console.WriteLine($"registry.max_p95: {results.Max(r => r.Ours):F1} ms");
Console.WriteLine($"registry.ratio: {Math.Exp(results.Average(r => Math.Log(r.Ratio))):F2}");
return;

async Task RunProviderAsync(BenchDatabase database)
{
    if (database.Kept)
    {
        // Loaded and analysed by an earlier run (BENCH_SQLITE_FILE): measured again as it is.
        Console.Error.WriteLine($"{database.Name}: measuring the database an earlier run loaded");
        database.User = await BenchUser.AnalystAsync(database);
        await MeasureAsync(database);
        return;
    }

    await using (var db = database.CreateContext())
    {
        await new DatabaseInitializer(db).MigrateAsync();
    }

    var clock = Stopwatch.StartNew();
    DemoLoadProgress loaded;
    await using (var db = database.CreateContext())
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var generator = new DemoGenerator(ReferenceDataCatalog.Load(), demo);
        loaded = await new DemoDataLoader(db).LoadAsync(generator, new LoadProgress(database.Name));
    }

    var loadSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"registry.{database.Name}.incidents: {loaded.Incidents} incidents");
    Console.WriteLine($"registry.{database.Name}.load_rows: {loaded.Rows} rows");
    Console.WriteLine($"registry.{database.Name}.load_seconds: {loadSeconds:F1} s");
    Console.WriteLine($"registry.{database.Name}.load_rows_per_s: {loaded.Rows / loadSeconds:F0} rows/s");

    clock.Restart();
    await database.AnalyzeAsync();
    Console.WriteLine($"registry.{database.Name}.analyze_seconds: {clock.Elapsed.TotalSeconds:F1} s");
    database.User = await BenchUser.AnalystAsync(database);
    await MeasureAsync(database);
}

async Task MeasureAsync(BenchDatabase database)
{
    foreach (var listCase in ListCases.All.Concat(await ListCases.SerialsAsync(database)).Where(c => only.Count == 0 || only.Contains(c.Name)))
    {
        var result = await Timing.MeasureAsync(database, listCase);
        results.Add(result);
        var prefix = $"registry.{database.Name}.{listCase.Name}";
        Console.WriteLine($"{prefix}.p95: {result.Ours:F1} ms");
        Console.WriteLine($"{prefix}.sql_p95: {result.Sql:F1} ms");
        Console.WriteLine($"{prefix}.ratio: {result.Ratio:F2}");
        if (explain)
        {
            await Timing.ExplainAsync(database, listCase);
        }
    }
}

/// <summary>Load progress on stderr every 100,000 incidents, so that a long load is visibly alive.</summary>
internal sealed class LoadProgress(string provider) : IProgress<DemoLoadProgress>
{
    private long next = 100_000;

    public void Report(DemoLoadProgress value)
    {
        if (value.Incidents >= next)
        {
            Console.Error.WriteLine($"  {provider}: {value.Incidents:N0} incidents, {value.Rows:N0} rows");
            next += 100_000;
        }
    }
}
