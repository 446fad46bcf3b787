using FocalPoint.Data;
using FocalPoint.Data.Limits;

namespace FocalPoint.Application.Jobs;

/// <summary>
/// Deletes rate-limit windows that ended more than a day ago (ADR 0032): the shared counters stay a small table, and
/// the keyed hashes of client addresses are kept no longer than a limit can use them.
/// </summary>
public sealed class RateCounterCleanup(FocalPointDbContext db, TimeProvider time) : IJob
{
    public const string Name = "rate-counter-cleanup";

    public async Task<JobResult> RunAsync(LeaseHandle lease, CancellationToken cancellationToken) =>
        new(await RateCounterStore.DeleteBeforeAsync(db, time.GetUtcNow().UtcDateTime.AddDays(-1), cancellationToken), "Old rate-limit windows deleted.");
}
