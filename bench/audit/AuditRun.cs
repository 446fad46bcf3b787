using System.Diagnostics;
using FocalPoint.Data.Auditing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Bench.Audit;

/// <summary>Figures of one provider: ours through IAuditLog, verification, and the one-commit-per-entry reference.</summary>
internal sealed record AuditFigures(double EntriesPerSecond, double ReferencePerSecond, double VerifyPerSecond, int VerificationsDuringLoad);

internal static class AuditRun
{
    public const int Producers = 16;

    public static async Task<AuditFigures> MeasureAsync(BenchDatabase database, int entries, int referenceEntries)
    {
        var (rate, verifications) = await OursAsync(database, entries);
        var verify = await VerifyRateAsync(database, entries);
        await using var reference = await BenchDatabase.CreateAsync(database.Provider, BenchEnvironment.PostgresServer);
        var referenceRate = await ReferenceAsync(reference, referenceEntries);
        return new AuditFigures(rate, referenceRate, verify, verifications);
    }

    /// <summary>16 producers record through IAuditLog (each call awaits durability) while a verifier walks the chain again and again.</summary>
    private static async Task<(double Rate, int Verifications)> OursAsync(BenchDatabase database, int entries)
    {
        var settings = new Dictionary<string, string?> { ["Audit:AnchorKey"] = "bench-anchor-secret-bench-anchor-secret" };
        var collection = new ServiceCollection();
        collection.AddSingleton<ICurrentUser>(new SystemUser("bench"));
        collection.AddScoped(_ => database.CreateContext());
        collection.AddFocalPointAudit(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var services = collection.BuildServiceProvider();

        await RecordAsync(services, 200); // warm-up: model, connections, JIT
        using var done = new CancellationTokenSource();
        var verifier = Task.Run(() => VerifyRepeatedlyAsync(database, done.Token));
        var perProducer = entries / Producers;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Producers).Select(_ => Task.Run(() => RecordAsync(services, perProducer))));
        var seconds = clock.Elapsed.TotalSeconds;
        await done.CancelAsync();
        var verifications = await verifier;
        await services.GetRequiredService<AuditWriter>().StopAsync(CancellationToken.None);
        return (perProducer * Producers / seconds, verifications);
    }

    private static async Task RecordAsync(IServiceProvider services, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(Sample(i));
        }
    }

    private static async Task<int> VerifyRepeatedlyAsync(BenchDatabase database, CancellationToken stop)
    {
        var runs = 0;
        while (!stop.IsCancellationRequested)
        {
            await using var db = database.CreateContext();
            var result = await new AuditVerifier(db, AuditAnchorKey.FromSecret("bench-anchor-secret-bench-anchor-secret")).VerifyAsync(CancellationToken.None);
            if (!result.Intact)
            {
                throw new InvalidOperationException($"Verification during load failed: {result.FirstProblem}");
            }

            runs++;
        }

        return runs;
    }

    private static async Task<double> VerifyRateAsync(BenchDatabase database, int expected)
    {
        await using var db = database.CreateContext();
        var clock = Stopwatch.StartNew();
        var result = await new AuditVerifier(db, AuditAnchorKey.FromSecret("bench-anchor-secret-bench-anchor-secret")).VerifyAsync();
        if (!result.Intact || result.EntriesChecked < expected)
        {
            throw new InvalidOperationException($"Final verification failed: {result}");
        }

        return result.EntriesChecked / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The way DESIGN.md measured the alternative: each entry its own SaveChanges (one durable commit), chained.</summary>
    private static async Task<double> ReferenceAsync(BenchDatabase database, int entries)
    {
        var previous = AuditHash.Genesis;
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= entries; i++)
        {
            await using var db = database.CreateContext();
            var entry = new AuditEntry
            {
                Sequence = i, AtUtc = AuditHash.ToStoredPrecision(TimeProvider.System.GetUtcNow()), Actor = "bench", Action = AuditAction.Consult,
                RecordKind = "Person", RecordIds = $"Person/{i}", Purpose = "bench", PreviousHash = previous,
            };
            entry.Hash = previous = AuditHash.Compute(entry);
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
        }

        return entries / clock.Elapsed.TotalSeconds;
    }

    private static AuditEvent Sample(int i) =>
        new(AuditAction.Consult, "Person", [$"Person/{i}"], "Case 2026/17", null, "bench");
}
