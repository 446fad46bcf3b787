using System.Diagnostics;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Network.Visibility;
using FocalPoint.Application.Security;
using FocalPoint.Bench.Registry;
using FocalPoint.Network;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Bench.Chart;

/// <summary>The reference: the chart's former per-user view, a copy of the graph holding what the analyst may see.</summary>
internal static class PerUserCutRun
{
    public sealed record Result(Graph Graph, double FirstAnswerMs, long Bytes);

    public static async Task<Result> RunAsync(BenchDatabase database, RegistrySnapshot snapshot, Report report)
    {
        var analyst = await BenchUser.AnalystAsync(database);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        HashSet<long> visible;
        await using (var db = database.CreateContext())
        {
            visible = (await db.Incidents.VisibleTo(analyst.Access, db).Select(i => i.Id).ToListAsync()).ToHashSet();
        }

        var read = clock.Elapsed.TotalMilliseconds;
        var (graph, _) = PerUserCut.Cut(snapshot, visible, personalData: true);
        var cut = clock.Elapsed.TotalMilliseconds - read;
        var seed = Workload.FirstSeed(snapshot, graph.TryGetIndex);
        Neighbourhood.Expand(graph, [seed], 2, Workload.ChartFilter(null));
        var first = clock.Elapsed.TotalMilliseconds;
        visible.Clear();
        var bytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        report.Line("cut.visible_incident_query", read, "ms");
        report.Line("cut.build", cut, "ms");
        report.Line("cut.first_answer", first, "ms", "a new user: visible incidents, the cut, one 2-hop expansion");
        report.Line("cut.memory_per_user", bytes / 1048576.0, "MiB");
        report.Line("cut.visible_nodes", graph.NodeCount, "nodes");
        GC.KeepAlive(graph);
        return new Result(graph, first, bytes);
    }
}
