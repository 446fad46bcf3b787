using System.Diagnostics;
using System.Globalization;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Bench.Indicators;
using FocalPoint.Bench.Registry;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// indicators benchmark: load a million demo incidents per provider, then time each dashboard query (the incident
// aggregation of every filter combination the page issues, through ComputeIndicators under the analyst's need-to-know)
// beside the same aggregation as one plain SQL statement on the engine. See bench/indicators.sh; BENCH_EXPLAIN=1 prints
// the statements ours sends and their plans.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var scale = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1.0;
var runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), out var r) && r > 0 ? r : 30;
var postgresServer = Environment.GetEnvironmentVariable("FOCALPOINT_BENCH_POSTGRES");
var providers = (Environment.GetEnvironmentVariable("BENCH_PROVIDERS") ?? "sqlite,postgresql").Split(',', StringSplitOptions.TrimEntries);

// Demo scale 1 is ~10,348 incidents: 96.6 gives ~1,000,000.
var demo = new DemoOptions(Seed: 20181, Scale: 96.6 * scale);
var results = new List<(double Ours, double Sql)>();
var noServices = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();

// The incident aggregation the dashboard's charts draw from, the twin of the plain SQL below.
IReadOnlySet<string> onlyIncidents = new HashSet<string>(StringComparer.Ordinal) { IndicatorIds.Incidents };

if (providers.Contains("sqlite"))
{
    await using var sqlite = BenchDatabase.Sqlite();
    await RunProviderAsync(sqlite);
}

if (providers.Contains("postgresql") && !string.IsNullOrWhiteSpace(postgresServer))
{
    await using var postgres = await BenchDatabase.PostgresAsync(postgresServer);
    await RunProviderAsync(postgres);
}
else
{
    Console.Error.WriteLine("PostgreSQL skipped (BENCH_PROVIDERS, or FOCALPOINT_BENCH_POSTGRES not set: bench/indicators.sh starts a server).");
}

Console.WriteLine($"indicators.max_p95: {results.Max(x => x.Ours):F1} ms");
Console.WriteLine($"indicators.ratio: {Math.Exp(results.Average(x => Math.Log(x.Sql / x.Ours))):F2}");
return;

async Task RunProviderAsync(BenchDatabase database)
{
    if (!database.Kept)
    {
        await using (var db = database.CreateContext())
        {
            await new DatabaseInitializer(db).MigrateAsync();
        }

        var clock = Stopwatch.StartNew();
        await using (var db = database.CreateContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            var loaded = await new DemoDataLoader(db).LoadAsync(new DemoGenerator(ReferenceDataCatalog.Load(), demo));
            Console.WriteLine($"indicators.{database.Name}.incidents: {loaded.Incidents} incidents");
        }

        Console.Error.WriteLine($"{database.Name}: loaded in {clock.Elapsed.TotalSeconds:F0} s");
        await database.AnalyzeAsync();
    }

    database.User = await BenchUser.AnalystAsync(database);
    foreach (var dashboardCase in DashboardCases.All)
    {
        var (ours, sql) = await MeasureAsync(database, dashboardCase.Scope);
        var prefix = $"indicators.{database.Name}.{dashboardCase.Name}";
        Console.WriteLine($"{prefix}.p50: {Percentile(ours, 0.50):F1} ms");
        Console.WriteLine($"{prefix}.p95: {Percentile(ours, 0.95):F1} ms");
        Console.WriteLine($"{prefix}.sql_p50: {Percentile(sql, 0.50):F1} ms");
        Console.WriteLine($"{prefix}.sql_p95: {Percentile(sql, 0.95):F1} ms");
        Console.WriteLine($"{prefix}.ratio: {Percentile(sql, 0.95) / Percentile(ours, 0.95):F2}");
        results.Add((Percentile(ours, 0.95), Percentile(sql, 0.95)));
    }
}

// Runs alternate between ours and the reference, so both see the same cache state; the first three are warm-ups.
async Task<(double[] Ours, double[] Sql)> MeasureAsync(BenchDatabase database, IndicatorScope scope)
{
    var explain = Environment.GetEnvironmentVariable("BENCH_EXPLAIN") == "1" ? new PlanCapture() : null;
    var ours = new double[runs];
    var sql = new double[runs];
    for (var i = -3; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        AggregationTotals oursTotals;
        await using (var db = explain is null ? database.CreateContext() : database.CreateContext(explain))
        {
            // The reference cache is never read by ComputeAsync (the scope is valid by construction): an empty container serves.
            var compute = new ComputeIndicators(db, database.User, new ReferenceCache(noServices), TimeProvider.System);
            var set = await compute.ComputeAsync(scope, database.User.Access, onlyIncidents, CancellationToken.None);
            var incidents = set[IndicatorIds.Incidents];
            oursTotals = new((long)incidents.Value!.Value, set.Partial, (long)incidents.By(Dimensions.Type).Sum(p => p.Value));
        }

        var oursMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        AggregationTotals sqlTotals;
        await using (var connection = database.CreateConnection())
        {
            await connection.OpenAsync();
            sqlTotals = await PlainAggregation.RunAsync(connection, scope, database.IsPostgres, database.User);
            if (explain is not null)
            {
                // BENCH_EXPLAIN=1: each statement ours sent for the scope, with the engine's plan, once (outside the timings).
                await explain.PrintAsync(connection, database.IsPostgres, $"{database.Name} {scope.QueryString()}");
                explain = null;
            }
        }

        if (oursTotals != sqlTotals)
        {
            throw new InvalidOperationException($"{scope.QueryString()}: ours counted {oursTotals}, the plain SQL {sqlTotals}.");
        }

        if (i >= 0)
        {
            (ours[i], sql[i]) = (oursMs, clock.Elapsed.TotalMilliseconds);
        }
    }

    return (ours, sql);
}

static double Percentile(double[] values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
