using System.Globalization;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Bench.Chart;
using FocalPoint.Bench.Registry;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using Microsoft.EntityFrameworkCore;

// chart benchmark: the registry snapshot behind the link chart at demo scale (~10k incidents) and larger, on SQLite:
// build time and memory of the snapshot, then need-to-know two ways in the same run: today's per-user cut (a copy of
// the graph per user) as the reference, and the visibility masks per access profile the chart now uses (first answer
// for a new user, expansions and paths p95, memory per extra profile). CHART_SCALES lists the demo scales (default
// "1,10"; 100 gives ~1M incidents, 3.7M nodes, 4.1M links).
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
    var report = new Report(name);
    var before = GC.GetTotalMemory(forceFullCollection: true);
    RegistrySnapshot snapshot;
    await using (var db = database.CreateContext())
    {
        snapshot = await new RegistrySnapshotBuilder(db, new RecordNodeIdentity()).BuildAsync(1);
    }

    var snapshotBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    await using (var db = database.CreateContext())
    {
        report.Line("incidents", db.Incidents.Count(), "incidents");
    }

    report.Line("snapshot_nodes", snapshot.NodeCount, "nodes");
    report.Line("snapshot_links", snapshot.LinkCount, "links");
    report.Line("snapshot_build", snapshot.BuildTime.TotalMilliseconds, "ms");
    report.Line("snapshot_memory", snapshotBytes / 1048576.0, "MiB");

    var cut = await PerUserCutRun.RunAsync(database, snapshot, report);
    await MaskRun.RunAsync(database, snapshot, snapshotBytes, cut, report);
}
