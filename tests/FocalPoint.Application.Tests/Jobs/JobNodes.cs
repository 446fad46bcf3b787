using System.Collections.Concurrent;
using FocalPoint.Application.Jobs;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoint.Application.Tests.Jobs;

/// <summary>What the probe job saw, shared by every "node" of a test.</summary>
internal sealed class ProbeState
{
    public ConcurrentQueue<string> Started { get; } = new();

    /// <summary>Runs on these nodes wait until released (or cancelled); others end at once.</summary>
    public HashSet<string> Holding { get; } = [];
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A job that records the node it ran on and, when told, waits.</summary>
internal sealed class ProbeJob(ProbeState state, JobNode node) : IJob
{
    public const string Name = "probe";

    public async Task<JobResult> RunAsync(LeaseHandle lease, CancellationToken cancellationToken)
    {
        state.Started.Enqueue(node.Id);
        if (state.Holding.Contains(node.Id))
        {
            await state.Release.Task.WaitAsync(cancellationToken);
        }

        return new JobResult(1, "probed");
    }
}

/// <summary>Scheduler "nodes": service providers over one test database, each with its own node id and clock.</summary>
internal static class JobNodes
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    public static ServiceProvider Start(TestDatabase database, string nodeId, TimeProvider clock, ProbeState? probe = null, TimeSpan? interval = null,
        Action<IServiceCollection>? more = null) =>
        TestServices.For(database, time: clock, replace: services =>
        {
            services.AddSingleton(new JobNode(nodeId));
            services.Configure<JobOptions>(o => (o.LeaseSeconds, o.RenewEvery) = ((int)Lease.TotalSeconds, TimeSpan.FromMilliseconds(50)));
            if (probe is not null)
            {
                // Only the probe: the shipped jobs would run beside it.
                services.RemoveAll<JobDefinition>();
                services.AddSingleton(probe);
                services.AddScheduledJob<ProbeJob>(ProbeJob.Name, interval ?? TimeSpan.FromHours(1));
            }

            more?.Invoke(services);
        });

    public static JobScheduler Scheduler(this ServiceProvider node) => node.GetRequiredService<JobScheduler>();

    /// <summary>Waits (up to ten seconds of real time) until the condition holds.</summary>
    public static async Task Until(Func<bool> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(10);
        while (!condition() && TimeProvider.System.GetUtcNow().UtcDateTime < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "The condition did not hold within ten seconds.");
    }
}
