using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// The one writer of the audit log (a singleton). Producers queue drafts and wait; the writer drains the queue in
/// batches, chains and commits each batch in one transaction, then releases its waiters, or hands them the
/// failure: an acknowledged entry is stored, an unstored one is never acknowledged. One commit per batch instead
/// of one per request is what keeps auditing off the request's critical path (DESIGN.md, "Measured").
/// It starts on first use as well as with the host, so the CLI and tests can use it without a host.
/// </summary>
public sealed partial class AuditWriter : IHostedService, IAsyncDisposable
{
    private readonly Channel<Pending> queue;
    private readonly AuditAppender appender;
    private readonly AuditOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<AuditWriter> logger;
    private readonly Lock gate = new();
    private Task? loop;
    private Task<bool>? waiting;
    private bool stopped;

    public AuditWriter(
        IServiceScopeFactory scopes, IOptions<AuditOptions> options, AuditAnchorKey key, TimeProvider time, ILogger<AuditWriter> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        appender = new AuditAppender(scopes, this.options, key, time, logger);
        queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(this.options.QueueCapacity)
        {
            SingleReader = true, FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Queues one entry and completes when its batch is committed; throws what the commit threw.</summary>
    internal async ValueTask AppendAsync(AuditDraft draft, CancellationToken cancellationToken)
    {
        if (!EnsureStarted())
        {
            throw new InvalidOperationException("The audit log has stopped: the entry was not recorded.");
        }

        var pending = new Pending(draft, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            try
            {
                await queue.Writer.WriteAsync(pending, cancellationToken);
            }
            catch (ChannelClosedException)
            {
                throw new InvalidOperationException("The audit log has stopped: the entry was not recorded.");
            }
        }

        // Cancelling stops the wait, not the write: once queued, the entry is stored.
        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = EnsureStarted();
        return Task.CompletedTask;
    }

    /// <summary>Writes what is queued, then anchors the tail so that a cut after shutdown is detectable.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task? running;
        lock (gate)
        {
            stopped = true;
            running = loop;
        }

        queue.Writer.TryComplete();
        if (running is null)
        {
            return;
        }

        await running.WaitAsync(cancellationToken);
        try
        {
            await appender.AnchorTailAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogAnchorFailed(logger, e);
        }
    }

    /// <summary>A fallback for hosts that never call <see cref="StopAsync"/>; a provider being disposed cannot make scopes, so call StopAsync first.</summary>
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    /// <summary>False once stopped: a queue nobody drains must not accept entries whose callers would wait forever.</summary>
    private bool EnsureStarted()
    {
        lock (gate)
        {
            if (stopped)
            {
                return false;
            }

            if (loop is not null)
            {
                return true;
            }

            // The loop must not inherit the first caller's context (its HttpContext, its user, its activity).
            using (ExecutionContext.SuppressFlow())
            {
                loop = Task.Run(RunAsync);
            }

            return true;
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(options.MaxBatch);
        var drafts = new List<AuditDraft>(options.MaxBatch);
        while (await WaitForEntriesAsync())
        {
            while (batch.Count < options.MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                drafts.Add(pending.Draft);
            }

            if (batch.Count == 0)
            {
                await AnchorQuietTailAsync();
                continue;
            }

            try
            {
                await appender.AppendAsync(drafts, CancellationToken.None);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception e)
            {
                LogBatchFailed(logger, batch.Count, e);
                batch.ForEach(p => p.Done.TrySetException(e));
            }

            batch.Clear();
            drafts.Clear();
        }
    }

    /// <summary>True when entries wait (or a quiet interval passed); false once the queue is closed and empty.</summary>
    private async Task<bool> WaitForEntriesAsync()
    {
        // A wait that outlived a quiet interval is kept for the next round rather than piling up new ones.
        waiting ??= queue.Reader.WaitToReadAsync().AsTask();
        using var quiet = new CancellationTokenSource();
        await Task.WhenAny(waiting, Task.Delay(options.AnchorInterval, time, quiet.Token));
        await quiet.CancelAsync();
        if (!waiting.IsCompleted)
        {
            return true;
        }

        var more = await waiting;
        waiting = null;
        return more;
    }

    private async Task AnchorQuietTailAsync()
    {
        if (!appender.TailNeedsAnchor)
        {
            return;
        }

        try
        {
            await appender.AnchorTailAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            LogAnchorFailed(logger, e);
        }
    }

    private sealed record Pending(AuditDraft Draft, TaskCompletionSource Done);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit batch of {Count} entries failed; their callers got the error")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing an audit anchor failed")]
    private static partial void LogAnchorFailed(ILogger logger, Exception exception);
}
