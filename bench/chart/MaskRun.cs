using System.Diagnostics;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Network.Visibility;
using FocalPoint.Application.Security;
using FocalPoint.Bench.Registry;
using FocalPoint.Domain.Incidents;
using FocalPoint.Network;

namespace FocalPoint.Bench.Chart;

/// <summary>The chart's need-to-know now: one visibility mask per access profile over the shared snapshot.</summary>
internal static class MaskRun
{
    public static async Task RunAsync(BenchDatabase database, RegistrySnapshot snapshot, long snapshotBytes, PerUserCutRun.Result cut, Report report)
    {
        var analyst = (await BenchUser.AnalystAsync(database)).Access;
        var cache = new VisibleGraphCache();
        var graph = snapshot.Graph;

        // A new user whose profile nobody has used yet: read the profile, build its mask, answer a 2-hop expansion.
        var clock = Stopwatch.StartNew();
        var profile = await ReadAsync(database, analyst, snapshot);
        var read = clock.Elapsed.TotalMilliseconds;
        var mask = cache.MaskFor(snapshot, profile, 16);
        var build = clock.Elapsed.TotalMilliseconds - read;
        Neighbourhood.Expand(graph, [Workload.FirstSeed(snapshot, (NodeId id, out int v) => graph.TryGetIndex(id, out v) && mask.IsNodeVisible(v))], 2, Workload.ChartFilter(mask));
        var first = clock.Elapsed.TotalMilliseconds;
        report.Line("mask.profile_read", read, "ms");
        report.Line("mask.build", build, "ms");
        report.Line("mask.first_answer_new_profile", first, "ms", "target < 1000 ms");

        // A second user with the same profile: the mask is shared, nothing is built.
        clock.Restart();
        var same = cache.MaskFor(snapshot, await ReadAsync(database, analyst, snapshot), 16);
        Neighbourhood.Expand(graph, [Workload.FirstSeed(snapshot, (NodeId id, out int v) => graph.TryGetIndex(id, out v) && same.IsNodeVisible(v))], 2, Workload.ChartFilter(same));
        report.Line("mask.first_answer_same_profile", clock.Elapsed.TotalMilliseconds, "ms", ReferenceEquals(same, mask) ? "mask shared" : "MASK NOT SHARED");

        var agrees = mask.VisibleNodeCount == cut.Graph.NodeCount && mask.VisibleLinkCount == cut.Graph.LinkCount;
        report.Line("mask.visible_nodes", mask.VisibleNodeCount, "nodes", agrees ? "same nodes and links as the cut" : "DIFFERS FROM THE CUT");

        // Memory of one more profile (a customs analyst), measured on the heap, against the snapshot's.
        var customs = new UserAccess("bench-customs", new HashSet<string> { "Analyst" }, ReportingAgency.Customs, new HashSet<long>());
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var other = cache.MaskFor(snapshot, await ReadAsync(database, customs, snapshot), 16);
        var extra = GC.GetTotalMemory(forceFullCollection: true) - before;
        report.Line("mask.memory_per_profile", extra / 1048576.0, "MiB", $"{100.0 * extra / snapshotBytes:0.##}% of the snapshot, target < 5%; the cut: {100.0 * cut.Bytes / snapshotBytes:0.#}%");
        GC.KeepAlive(other);

        var seeds = Workload.Seeds(snapshot, mask, 200, 1);
        var pairs = Workload.Seeds(snapshot, mask, 100, 2).Zip(Workload.Seeds(snapshot, mask, 100, 3)).ToList();
        var onCut = (int v) => cut.Graph.IndexOf(graph.IdOf(v));
        report.Timings("mask.expand_2_hops", Time(seeds, v => Neighbourhood.Expand(graph, [v], 2, Workload.ChartFilter(mask))));
        report.Timings("cut.expand_2_hops", Time(seeds, v => Neighbourhood.Expand(cut.Graph, [onCut(v)], 2, Workload.ChartFilter(null))));
        report.Timings("mask.shortest_path", Time(pairs, p => Paths.Shortest(graph, p.First, p.Second, Workload.ChartFilter(mask))));
        report.Timings("cut.shortest_path", Time(pairs, p => Paths.Shortest(cut.Graph, onCut(p.First), onCut(p.Second), Workload.ChartFilter(null))));
        report.Line("ratio", cut.FirstAnswerMs / Math.Max(0.001, first), "", "first answer for a new user: the cut's time over the mask's");
    }

    private static async Task<AccessProfile> ReadAsync(BenchDatabase database, UserAccess access, RegistrySnapshot snapshot)
    {
        await using var db = database.CreateContext();
        return await AccessProfile.ReadAsync(access, snapshot, db, CancellationToken.None);
    }

    private static List<double> Time<T>(List<T> items, Action<T> query)
    {
        var times = new List<double>();
        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            query(item);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }
}
