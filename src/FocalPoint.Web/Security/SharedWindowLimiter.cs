using System.Threading.RateLimiting;

namespace FocalPoint.Web.Security;

/// <summary>
/// A fixed-window limiter whose count lives in the database (<see cref="SharedRateCounter"/>), so that ASP.NET Core's
/// rate-limiting middleware, its policies and its rejection handling stay as they are while the limit holds across nodes.
/// Counting needs the database, so only the asynchronous path counts: the synchronous attempt always defers to it.
/// </summary>
internal sealed class SharedWindowLimiter(SharedRateCounter counter, string policy, string client, int limit, TimeSpan window, TimeProvider time) : RateLimiter
{
    private static readonly RateLimitLease Deferred = new Lease(false, null);
    private long lastUsedTicks = time.GetTimestamp();

    /// <summary>The partition of one client under a shared limit, for a policy's partitioner.</summary>
    public static RateLimitPartition<string> For(HttpContext context, string policy, string client, int limit, TimeSpan window) =>
        RateLimitPartition.Get(client, key => new SharedWindowLimiter(
            context.RequestServices.GetRequiredService<SharedRateCounter>(), policy, key, limit, window, context.RequestServices.GetRequiredService<TimeProvider>()));

    // Lets the middleware drop the limiters of clients gone quiet: the count is in the database, nothing is lost.
    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsedTicks, time.GetTimestamp());
        return await counter.TryCountAsync(policy, client, limit, window, cancellationToken) ? new Lease(true, null) : new Lease(false, window);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
