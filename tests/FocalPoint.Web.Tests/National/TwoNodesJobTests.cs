using FocalPoint.Application.Jobs;
using FocalPoint.Data.Jobs;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace FocalPoint.Web.Tests.National;

/// <summary>
/// Two nodes, one PostgreSQL database, background work under leases (ADR 0024) with leases of
/// <see cref="NodeApp.LeaseSeconds"/> seconds and a look every second.
/// </summary>
public sealed class TwoNodesJobTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(NodeApp.LeaseSeconds);

    [Fact]
    public async Task ScheduledJob_BothNodesLooking_RunsOnExactlyOneNode()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        var probe = new NodeProbe();
        await using var a = new NodeApp(database, "node-a", services: probe.On(TimeSpan.FromHours(1))).Started();
        await using var b = new NodeApp(database, "node-b", services: probe.On(TimeSpan.FromHours(1))).Started();

        await NodeProbe.Until(() => !probe.Started.IsEmpty);
        // Both nodes look every second: a few more looks each would show a second run.
        await NodeProbe.Until(() => NodeProbe.RealNow > probe.Started.First().AtUtc.AddSeconds(3));

        Assert.Single(probe.Started);
        Assert.Equal(1, await RunsAsync(database, _ => true));
    }

    [Fact]
    public async Task LeaseHolder_Stopped_OtherNodeRunsTheJobWithinTheLeaseTime()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        var probe = new NodeProbe();
        probe.Holding["node-a"] = true;
        await using var a = new NodeApp(database, "node-a", services: probe.On(TimeSpan.FromSeconds(1))).Started();
        await NodeProbe.Until(() => probe.StartsOn("node-a").Any());
        await using var b = new NodeApp(database, "node-b", services: probe.On(TimeSpan.FromSeconds(1))).Started();
        // Node B looks (and finds the job due) every second meanwhile, and is refused by the lease.
        await NodeProbe.Until(() => NodeProbe.RealNow > probe.StartsOn("node-a").First().AddSeconds(3));
        var whileHeld = probe.StartsOn("node-b").Count();

        var stopped = NodeProbe.RealNow;
        await a.DisposeAsync();
        await NodeProbe.Until(() => probe.StartsOn("node-b").Any());

        output.WriteLine($"Stopped holder: node B ran the job {(probe.StartsOn("node-b").First() - stopped).TotalSeconds:F1} s after node A stopped (lease {Lease.TotalSeconds} s).");
        Assert.Equal(0, whileHeld);
        Assert.InRange(probe.StartsOn("node-b").First() - stopped, TimeSpan.Zero, Lease);
        Assert.Equal(1, await RunsAsync(database, r => r.Node == "node-a" && r.Outcome == JobOutcome.Cancelled));
    }

    [Fact]
    public async Task LeaseHolder_FrozenPastExpiry_OtherNodeTakesOverAtExpiryAndTheFrozenRunStopsWhenItWakes()
    {
        await using var database = await NodeApp.SharedDatabaseAsync();
        var probe = new NodeProbe();
        probe.Holding["node-a"] = true;
        // Node A's clock moves only when the test says: while it stands still, A's timers (its renewals) do not fire,
        // as in a process paused by the operating system or a long garbage collection.
        var clockOfA = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        // A's own scheduler stays off: the test makes A look at the jobs, at a moment it chooses.
        var manual = new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" };
        await using var a = new NodeApp(database, "node-a", manual, probe.On(TimeSpan.FromSeconds(1), s => s.AddSingleton<TimeProvider>(clockOfA))).Started();
        await using var b = new NodeApp(database, "node-b", services: probe.On(TimeSpan.FromSeconds(1))).Started();
        var frozenBy = NodeProbe.RealNow.AddSeconds(20);

        // A's clock catches up with real time and A looks, until it finds the job due and the lease free (B runs it every second).
        var runOnA = Task.FromResult(0);
        while (!probe.StartsOn("node-a").Any() && NodeProbe.RealNow < frozenBy)
        {
            if (runOnA.IsCompleted)
            {
                clockOfA.SetUtcNow(TimeProvider.System.GetUtcNow());
                runOnA = a.Services.GetRequiredService<JobScheduler>().TickAsync(CancellationToken.None);
            }

            await Task.Delay(20);
        }

        var frozen = probe.StartsOn("node-a").First();
        await NodeProbe.Until(() => probe.StartsOn("node-b").Any(t => t > frozen));
        var takenOver = probe.StartsOn("node-b").First(t => t > frozen);
        clockOfA.Advance(Lease * 2);
        await runOnA.WaitAsync(TimeSpan.FromSeconds(20));

        output.WriteLine($"Frozen holder: node B took the job over {(takenOver - frozen).TotalSeconds:F1} s after node A froze (lease {Lease.TotalSeconds} s).");
        Assert.InRange(takenOver - frozen, Lease - TimeSpan.FromSeconds(1), Lease + TimeSpan.FromSeconds(3));
        Assert.Equal(1, await RunsAsync(database, r => r.Node == "node-a" && r.Outcome == JobOutcome.LeaseLost));
    }

    private static async Task<int> RunsAsync(TestDatabase database, System.Linq.Expressions.Expression<Func<JobRun, bool>> which)
    {
        await using var db = database.CreateContext();
        return await db.JobRuns.AsNoTracking().Where(r => r.JobName == NodeProbe.JobName).CountAsync(which);
    }
}
