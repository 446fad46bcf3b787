using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Risk;

/// <summary>The limits of the crossings stream ("Crossings" section), validated at start.</summary>
internal sealed class CrossingStreamOptions
{
    public const string Section = "Crossings";

    /// <summary>Records one request may carry; more refuse it whole (413).</summary>
    [Range(1, 1_000_000)]
    public int MaxRecordsPerRequest { get; set; } = 10_000;

    /// <summary>Largest body, in bytes; a larger one is refused whole (413) before it is read.</summary>
    [Range(1024, 1L << 30)]
    public long MaxRequestBytes { get; set; } = 8L << 20;

    /// <summary>Requests screening at once in this process: the two cores, not the senders, set the pace.</summary>
    [Range(1, 64)]
    public int ConcurrentScreenings { get; set; } = 2;

    /// <summary>Requests that may wait for a free screening; a request beyond them is refused at once (429).</summary>
    [Range(0, 1000)]
    public int QueuedRequests { get; set; } = 4;

    /// <summary>How long a queued request waits before it is refused (429) instead of screened.</summary>
    [Range(1, 600)]
    public int QueueWaitSeconds { get; set; } = 30;

    /// <summary>The Retry-After a refused sender is given.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 5;
}

/// <summary>
/// Back-pressure in front of screening, one per process: a few requests screen at once, a few wait in order, and any
/// more are refused at once with Retry-After, before their body is read. A sender faster than screening is slowed or
/// told to retry; nothing it sent is ever taken in part or dropped unseen.
/// </summary>
internal sealed class CrossingAdmission(IOptions<CrossingStreamOptions> options) : IDisposable
{
    /// <summary>The limiter itself; tests fill it to see the refusal.</summary>
    public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.ConcurrentScreenings,
        QueueLimit = options.Value.QueuedRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A lease to screen, or null when screening is full and the queue too, or the wait ran out.</summary>
    public async Task<RateLimitLease?> EnterAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(options.Value.QueueWaitSeconds));
        try
        {
            var lease = await Limiter.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired) return lease;
            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => Limiter.Dispose();

    public static void AddCrossingAdmission(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrossingStreamOptions>().Bind(configuration.GetSection(CrossingStreamOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CrossingAdmission>();
    }
}
