using System.Globalization;
using FocalPoint.Bench.Audit;
using FocalPoint.Data.Setup;

// Audit log throughput: entries/s through IAuditLog with 16 producers while the chain is verified, on SQLite
// and PostgreSQL, beside one SaveChanges per entry measured in the same run (DESIGN.md: ~6.7k/s SQLite WAL,
// ~3.1k/s PostgreSQL durable). BENCH_SCALE lowers the sizes.
var scale = double.Parse(Environment.GetEnvironmentVariable("BENCH_SCALE") ?? "1", CultureInfo.InvariantCulture);
var entries = Math.Max(AuditRun.Producers * 50, (int)(200_000 * scale));
var referenceEntries = Math.Max(500, (int)(20_000 * scale));
var ratios = new List<double>();
foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL })
{
    if (provider == DatabaseProvider.PostgreSQL && BenchEnvironment.PostgresServer is null)
    {
        Console.Error.WriteLine("FOCALPOINT_BENCH_POSTGRES not set: PostgreSQL skipped (bench/audit.sh starts a server).");
        continue;
    }

    await using var database = await BenchDatabase.CreateAsync(provider, BenchEnvironment.PostgresServer);
    var figures = await AuditRun.MeasureAsync(database, entries, referenceEntries);
    var ratio = figures.EntriesPerSecond / figures.ReferencePerSecond;
    ratios.Add(ratio);
    Print($"audit.{database.Name}.entries_per_s: {figures.EntriesPerSecond:F0} entries/s ({entries} entries, {AuditRun.Producers} producers, {figures.VerificationsDuringLoad} verifications during the load)");
    Print($"audit.{database.Name}.verify_per_s: {figures.VerifyPerSecond:F0} entries/s");
    Print($"audit.{database.Name}.reference_per_s: {figures.ReferencePerSecond:F0} entries/s (one SaveChanges per entry)");
    Print($"audit.{database.Name}.ratio: {ratio:F2}");
}

Print($"audit.ratio: {(ratios.Count == 0 ? 0 : ratios.Min()):F2}");

static void Print(string line) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}"));

/// <summary>Where the PostgreSQL server is; bench/audit.sh starts one.</summary>
internal static class BenchEnvironment
{
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("FOCALPOINT_BENCH_POSTGRES");
}
