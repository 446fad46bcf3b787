using System.Collections.Concurrent;
using FocalPoint.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoint.Web.Tests.National;

/// <summary>What the probe job saw on every node of a test: which node started it, when, and which nodes hold on to it.</summary>
public sealed class NodeProbe
{
    public const string JobName = "probe";

    /// <summary>Real time, whatever clock a node was given.</summary>
    public static DateTime RealNow => TimeProvider.System.GetUtcNow().UtcDateTime;

    public ConcurrentQueue<(string Node, DateTime AtUtc)> Started { get; } = new();

    /// <summary>Runs on these nodes wait until cancelled (a long job); others end at once.</summary>
    public ConcurrentDictionary<string, bool> Holding { get; } = new();

    public IEnumerable<DateTime> StartsOn(string node) => Started.Where(s => s.Node == node).Select(s => s.AtUtc);

    /// <summary>The node's only scheduled job is the probe, due every <paramref name="interval"/>.</summary>
    public Action<IServiceCollection> On(TimeSpan interval, Action<IServiceCollection>? more = null) => services =>
    {
        services.RemoveAll<JobDefinition>();
        services.AddSingleton(this);
        services.AddScheduledJob<ProbeJob>(JobName, interval);
        more?.Invoke(services);
    };

    /// <summary>Waits (up to <paramref name="seconds"/> of real time) until the condition holds.</summary>
    public static Task Until(Func<bool> condition, int seconds = 20) => Until(() => Task.FromResult(condition()), seconds);

    /// <summary>Waits (up to <paramref name="seconds"/> of real time) until the condition, read from the database, holds.</summary>
    public static async Task Until(Func<Task<bool>> condition, int seconds = 20)
    {
        var deadline = RealNow.AddSeconds(seconds);
        while (!await condition() && RealNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(await condition(), $"The condition did not hold within {seconds} seconds.");
    }
}

/// <summary>Records the node it runs on (in real time, whatever the node's clock) and, on holding nodes, runs until its lease is lost or the node stops.</summary>
public sealed class ProbeJob(NodeProbe probe, JobNode node) : IJob
{
    public async Task<JobResult> RunAsync(LeaseHandle lease, CancellationToken cancellationToken)
    {
        probe.Started.Enqueue((node.Id, NodeProbe.RealNow));
        if (probe.Holding.ContainsKey(node.Id))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return new JobResult(1, "probed");
    }
}
