using System.Data.Common;
using FocalPoint.Data;
using FocalPoint.Data.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Jobs;

/// <summary>
/// The one way to run work that must run once across all nodes (ADR 0024): take the named lease, renew it while the
/// work runs, cancel the work when a renewal finds the lease taken over, release it at the end. Renewals use a
/// DbContext of their own, so the work's long transaction never holds them up.
/// </summary>
public sealed partial class LeasedWork(IServiceScopeFactory scopes, JobNode node, TimeProvider time, IOptions<JobOptions> options, ILogger<LeasedWork> logger)
{
    /// <summary>Runs <paramref name="work"/> under the lease <paramref name="name"/>; Acquired is false (and nothing ran) while another run holds it.</summary>
    public async Task<(bool Acquired, T? Value)> RunAsync<T>(string name, Func<LeaseHandle, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var duration = options.Value.LeaseDuration;
        long? token;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
            token = await LeaseStore.TryAcquireAsync(db, name, node.Id, time.GetUtcNow().UtcDateTime, duration, ct);
        }

        if (token is not { } held)
        {
            return (false, default);
        }

        var lease = new LeaseHandle(name, node.Id, held, time, duration);
        LogAcquired(logger, name, held);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var stopRenewing = new CancellationTokenSource();
        var renewals = RenewUntilStoppedAsync(lease, running, stopRenewing.Token);
        try
        {
            return (true, await work(lease, running.Token));
        }
        catch (OperationCanceledException) when (lease.Lost)
        {
            throw new LeaseLostException(name);
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewals;
            if (!lease.Lost)
            {
                await ReleaseAsync(lease);
            }
        }
    }

    private async Task RenewUntilStoppedAsync(LeaseHandle lease, CancellationTokenSource running, CancellationToken stop)
    {
        while (true)
        {
            try
            {
                await Task.Delay(options.Value.RenewalPeriod, time, stop);
                await using var scope = scopes.CreateAsyncScope();
                if (await lease.RenewAsync(scope.ServiceProvider.GetRequiredService<FocalPointDbContext>(), stop))
                {
                    continue;
                }

                lease.MarkLost();
                LogLost(logger, lease.Name, lease.Token);
                await running.CancelAsync();
                return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (DbException e)
            {
                // Unreachable or busy (a SQLite writer holds the file): try again. The run cannot commit without the
                // database either, and its commit checks the token (LeaseHandle.ConfirmAsync).
                LogRenewalFailed(logger, lease.Name, e.GetType().Name);
            }
        }
    }

    private async Task ReleaseAsync(LeaseHandle lease)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await LeaseStore.ReleaseAsync(scope.ServiceProvider.GetRequiredService<FocalPointDbContext>(), lease.Name, lease.Owner, lease.Token,
                time.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
        catch (DbException e)
        {
            // Not released: the lease then frees itself at its expiry.
            LogRenewalFailed(logger, lease.Name, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Lease {Job} acquired with token {Token}")]
    private static partial void LogAcquired(ILogger logger, string job, long token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease {Job} with token {Token} was taken over by another node; the run is cancelled")]
    private static partial void LogLost(ILogger logger, string job, long token);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease {Job} could not be renewed or released ({Error}); retrying until it expires")]
    private static partial void LogRenewalFailed(ILogger logger, string job, string error);
}
