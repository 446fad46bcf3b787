using System.Diagnostics;
using System.Globalization;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Security;
using FocalPoint.Bench.Registry;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Network;
using Microsoft.EntityFrameworkCore;

// chart benchmark: the registry snapshot behind the link chart at demo scale (~10k incidents) and larger, on SQLite:
// build time and managed memory of the snapshot, the time to cut one analyst's need-to-know view, and a 2-hop
// expansion on that view. CHART_SCALES lists the demo scales (default "1,10"; 100 gives ~1M incidents).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var benchScale = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1.0;
var scales = (Environment.GetEnvironmentVariable("CHART_SCALES") ?? "1,10").Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture) * benchScale);

foreach (var scale in scales)
{
    await using var database = BenchDatabase.Sqlite();
    await using (var db = database.CreateContext())
    {
        await new DatabaseInitializer(db).MigrateAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await new DemoDataLoader(db).LoadAsync(new DemoGenerator(ReferenceDataCatalog.Load(), new DemoOptions(Seed: 20181, Scale: scale)));
    }

    var name = $"chart.scale{scale.ToString("0.##", CultureInfo.InvariantCulture)}";
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var clock = Stopwatch.StartNew();
    RegistrySnapshot snapshot;
    await using (var db = database.CreateContext())
    {
        snapshot = await new RegistrySnapshotBuilder(db, new RecordNodeIdentity()).BuildAsync(1);
    }

    var build = clock.Elapsed.TotalMilliseconds;
    var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
    await using (var db = database.CreateContext())
    {
        var incidents = await db.Incidents.CountAsync();
        Console.WriteLine($"{name}.incidents: {incidents} incidents");
    }

    Console.WriteLine($"{name}.snapshot_nodes: {snapshot.NodeCount} nodes");
    Console.WriteLine($"{name}.snapshot_links: {snapshot.LinkCount} links");
    Console.WriteLine($"{name}.snapshot_build: {build:F0} ms");
    Console.WriteLine($"{name}.snapshot_memory: {memory:F0} MiB");

    clock.Restart();
    VisibleGraph view;
    await using (var db = database.CreateContext())
    {
        var cases = await db.CaseMembers.Where(m => m.UserName == "analyst").Select(m => m.CaseId).ToListAsync();
        var access = new UserAccess("analyst", new HashSet<string> { "Analyst" }, ReportingAgency.KosovoPolice, cases.ToHashSet());
        var visible = (await db.Incidents.VisibleTo(access, db).Select(i => i.Id).ToListAsync()).ToHashSet();
        var read = clock.Elapsed.TotalMilliseconds;
        view = VisibleGraphs.Cut(snapshot, visible, personalData: true, DateTimeOffset.MaxValue);
        Console.WriteLine($"{name}.visible_incident_query: {read:F0} ms");
        Console.WriteLine($"{name}.visible_cut: {clock.Elapsed.TotalMilliseconds - read:F0} ms");
        Console.WriteLine($"{name}.visible_nodes: {view.Graph.NodeCount} nodes");
    }

    var seeds = Enumerable.Range(0, view.Graph.NodeCount).Where(v => view.Graph.NodeTypeOf(v) == "vehicle").Take(20).ToList();
    var filter = new GraphFilter { NodeTypes = ["person", "firearm", "vehicle", "identifier", "organisation", "incident", "location"] };
    clock.Restart();
    var reached = seeds.Sum(seed => Neighbourhood.Expand(view.Graph, [seed], 2, filter).TotalCount);
    Console.WriteLine($"{name}.expand_2_hops: {clock.Elapsed.TotalMilliseconds / Math.Max(1, seeds.Count):F2} ms ({reached / Math.Max(1, seeds.Count)} nodes on average)");
}
