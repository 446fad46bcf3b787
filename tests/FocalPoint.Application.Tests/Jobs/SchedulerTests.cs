using FocalPoint.Application.Common;
using FocalPoint.Application.Jobs;
using FocalPoint.Data.Jobs;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Jobs;

public sealed class SchedulerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tick_TwoNodesAtOnce_RunsTheJobOnExactlyOneAndAgainAfterItsInterval(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (clock, probe) = (new ManualClock(Start), new ProbeState { Holding = { "node-a", "node-b" } });
        await using var a = JobNodes.Start(database, "node-a", clock, probe);
        await using var b = JobNodes.Start(database, "node-b", clock, probe);

        var ticks = new[] { a.Scheduler().TickAsync(default), b.Scheduler().TickAsync(default) };
        await JobNodes.Until(() => ticks.Any(t => t.IsCompleted) && !probe.Started.IsEmpty);
        probe.Release.SetResult();
        var ran = await Task.WhenAll(ticks);
        var notDue = await a.Scheduler().TickAsync(default) + await b.Scheduler().TickAsync(default);
        clock.Advance(TimeSpan.FromHours(1));
        var due = await Task.WhenAll(a.Scheduler().TickAsync(default), b.Scheduler().TickAsync(default));
        await using var db = database.CreateContext();
        var runs = await db.JobRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();

        Assert.Equal(1, ran.Sum());
        Assert.Equal(0, notDue);
        Assert.Equal(1, due.Sum());
        Assert.Equal(2, probe.Started.Count);
        Assert.All(runs, r => Assert.Equal((JobOutcome.Succeeded, 1L, ProbeJob.Name), (r.Outcome, r.Items, r.JobName)));
        Assert.Equal(probe.Started, runs.Select(r => r.Node));
        Assert.Equal([1L, 2L], runs.Select(r => r.Token));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tick_HolderDiedWithoutRenewing_OtherNodeTakesOverOnlyAfterExpiry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (clock, probe) = (new ManualClock(Start), new ProbeState());
        await using var b = JobNodes.Start(database, "node-b", clock, probe);
        await using (var db = database.CreateContext())
        {
            // Node A took the lease and died: no renewal, no release.
            Assert.Equal(1, await LeaseStore.TryAcquireAsync(db, ProbeJob.Name, "node-a", clock.GetUtcNow().UtcDateTime, JobNodes.Lease, default));
        }

        clock.Advance(JobNodes.Lease - TimeSpan.FromSeconds(1));
        var beforeExpiry = await b.Scheduler().TickAsync(default);
        clock.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await b.Scheduler().TickAsync(default);
        await using var check = database.CreateContext();
        var lease = await check.JobLeases.AsNoTracking().SingleAsync();
        var run = await check.JobRuns.AsNoTracking().SingleAsync();

        Assert.Equal((0, 1), (beforeExpiry, atExpiry));
        Assert.Equal(["node-b"], probe.Started);
        Assert.Equal(("node-b", 2L, JobOutcome.Succeeded), (run.Node, run.Token, run.Outcome));
        Assert.Equal(("node-b", 2L), (lease.Owner, lease.Token));
        Assert.Equal(clock.GetUtcNow().UtcDateTime, lease.ExpiresAtUtc);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tick_FrozenHolderWakesAfterTakeover_StopsItsRunAsLeaseLost(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Node A's clock stands still, as a frozen process sees it: its renewals never move the expiry past Start + lease.
        var (frozen, clock, probe) = (new ManualClock(Start), new ManualClock(Start), new ProbeState { Holding = { "node-a" } });
        await using var a = JobNodes.Start(database, "node-a", frozen, probe, interval: TimeSpan.FromMinutes(1));
        await using var b = JobNodes.Start(database, "node-b", clock, probe, interval: TimeSpan.FromMinutes(1));

        var holder = a.Scheduler().TickAsync(default);
        await JobNodes.Until(() => probe.Started.Count == 1);
        clock.Advance(TimeSpan.FromMinutes(2));
        var successor = await b.Scheduler().TickAsync(default);
        var frozenRan = await holder.WaitAsync(TimeSpan.FromSeconds(10));
        await using var db = database.CreateContext();
        var runs = await db.JobRuns.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Node, r.Token, r.Outcome }).ToListAsync();
        var lease = await db.JobLeases.AsNoTracking().SingleAsync();

        Assert.Equal(1, successor);
        Assert.Equal(1, frozenRan);
        Assert.Equal([("node-a", 1L, JobOutcome.LeaseLost), ("node-b", 2L, JobOutcome.Succeeded)], runs.Select(r => (r.Node, r.Token, r.Outcome)));
        Assert.Equal(("node-b", 2L), (lease.Owner, lease.Token));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tick_AfterRunNowRequest_RunsBeforeItsIntervalOnOneNode(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (clock, probe) = (new ManualClock(Start), new ProbeState());
        await using var a = JobNodes.Start(database, "node-a", clock, probe);
        await using var b = JobNodes.Start(database, "node-b", clock, probe);
        await a.Scheduler().TickAsync(default);
        clock.Advance(TimeSpan.FromMinutes(5));

        var refused = await b.RunAsync<RequestJobRun, CommandResult<string>>(r => r.HandleAsync("no-such-job"));
        var requested = await b.RunAsync<RequestJobRun, CommandResult<string>>(r => r.HandleAsync(ProbeJob.Name));

        clock.Advance(TimeSpan.FromSeconds(1));
        var ran = await Task.WhenAll(b.Scheduler().TickAsync(default), a.Scheduler().TickAsync(default));
        var again = await b.Scheduler().TickAsync(default);

        Assert.True(refused.NotFound);
        Assert.True(requested.Succeeded);
        Assert.Equal(1, ran.Sum());
        Assert.Equal(0, again);
        Assert.Equal(2, probe.Started.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tick_RunEnds_CountsTheRunInTheJobMetrics(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var node = $"node-{Guid.NewGuid():N}";
        var seen = new System.Collections.Concurrent.ConcurrentBag<(long Value, string? Outcome)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == JobMetrics.MeterName && instrument.Name == "focalpoint.job.runs")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var mine = tags.ToArray();
            if (mine.Any(t => t.Key == "node" && (string?)t.Value == node))
            {
                seen.Add((value, (string?)mine.Single(t => t.Key == "outcome").Value));
            }
        });
        listener.Start();
        await using var a = JobNodes.Start(database, node, new ManualClock(Start), new ProbeState());

        await a.Scheduler().TickAsync(default);

        Assert.Equal([(1L, "Succeeded")], seen);
    }
}
