using FocalPoint.Data;
using FocalPoint.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Jobs;

/// <summary>
/// Runs the registered jobs on every node, each when it is due (its interval since the last run on any node, or an
/// administrator's "run now"), under its lease, so exactly one node runs it. Each run is recorded as a <see cref="JobRun"/>.
/// </summary>
public sealed partial class JobScheduler(
    IEnumerable<JobDefinition> jobs, IServiceScopeFactory scopes, LeasedWork leases, JobNode node, TimeProvider time, IOptions<JobOptions> options,
    ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The first look waits one period, so that a starting node serves its first requests before any job.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TickAsync(stoppingToken);
        }
    }

    /// <summary>One look at every job: runs those due whose lease this node gets; returns how many ran here.</summary>
    public async Task<int> TickAsync(CancellationToken ct)
    {
        var ran = 0;
        foreach (var job in jobs)
        {
            try
            {
                // A cheap read first, so that an idle scheduler never writes the lease table.
                if (await IsDueAsync(job, ct))
                {
                    var (acquired, didRun) = await leases.RunAsync(job.Name, (lease, token) => RunIfStillDueAsync(job, lease, token), ct);
                    ran += acquired && didRun ? 1 : 0;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One failing job (or an unreachable database) must not stop the scheduler and the other jobs.
                LogTickFailed(logger, e, job.Name);
            }
        }

        return ran;
    }

    private async Task<bool> RunIfStillDueAsync(JobDefinition job, LeaseHandle lease, CancellationToken ct)
    {
        // Another node may have run it between our read and our lease.
        if (!await IsDueAsync(job, ct))
        {
            return false;
        }

        var run = await RecordStartAsync(job, lease);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await ((IJob)scope.ServiceProvider.GetRequiredService(job.JobType)).RunAsync(lease, ct);
            await RecordEndAsync(run, JobOutcome.Succeeded, result.Items, result.Detail);
        }
        catch (Exception e) when (lease.Lost || e is LeaseLostException)
        {
            // The successor runs the job; this node only says why its run stopped.
            await RecordEndAsync(run, JobOutcome.LeaseLost, 0, "Another node took the lease over; this run stopped.");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await RecordEndAsync(run, JobOutcome.Cancelled, 0, "Cancelled: the node was stopping.");
            throw;
        }
        catch (Exception e)
        {
            LogRunFailed(logger, e, job.Name, run.Id);
            await RecordEndAsync(run, JobOutcome.Failed, 0, $"Failed: {e.GetType().Name}. See the node's log.");
        }

        return true;
    }

    private async Task<bool> IsDueAsync(JobDefinition job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        var lastStart = await db.JobRuns.AsNoTracking().Where(r => r.JobName == job.Name).OrderByDescending(r => r.StartedAtUtc)
            .Select(r => (DateTime?)r.StartedAtUtc).FirstOrDefaultAsync(ct);
        var requested = await db.JobLeases.AsNoTracking().Where(l => l.Name == job.Name).Select(l => l.RunRequestedAtUtc).FirstOrDefaultAsync(ct);
        return lastStart is not { } last || last + job.IntervalUnder(options.Value) <= time.GetUtcNow().UtcDateTime || requested > last;
    }

    private async Task<JobRun> RecordStartAsync(JobDefinition job, LeaseHandle lease)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        var run = new JobRun { JobName = job.Name, Node = node.Id, Token = lease.Token, StartedAtUtc = time.GetUtcNow().UtcDateTime, Outcome = JobOutcome.Running };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
        LogStarted(logger, job.Name, run.Id, lease.Token);
        return run;
    }

    private async Task RecordEndAsync(JobRun run, JobOutcome outcome, long items, string? detail)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        var finished = time.GetUtcNow().UtcDateTime;
        detail = detail is { Length: > JobRun.MaxDetailLength } ? detail[..JobRun.MaxDetailLength] : detail;
        await db.JobRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Outcome, outcome).SetProperty(r => r.FinishedAtUtc, finished).SetProperty(r => r.Items, items).SetProperty(r => r.Detail, detail),
            CancellationToken.None);
        LogFinished(logger, run.JobName, run.Id, outcome, items);
        JobMetrics.RunEnded(run.JobName, outcome, run.Node, finished - run.StartedAtUtc);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} run {RunId} started with lease token {Token}")]
    private static partial void LogStarted(ILogger logger, string job, long runId, long token);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} run {RunId} ended {Outcome} with {Items} items")]
    private static partial void LogFinished(ILogger logger, string job, long runId, JobOutcome outcome, long items);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} run {RunId} failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string job, long runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduler could not look at job {Job}")]
    private static partial void LogTickFailed(ILogger logger, Exception exception, string job);
}
