using System.Diagnostics;
using System.Globalization;
using FocalPoint.Bench.Network;
using FocalPoint.Network;

// bench/network: our engine against python-igraph on the same edge lists (an R-MAT graph and the demo
// registry's link graph), each operation timed side by side in one run. BENCH_SCALE lowers the sizes for a
// quick run (default 1.0 = 2^20 R-MAT links and at least 1,000,000 demo links).
var scale = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 1.0;
var python = Environment.GetEnvironmentVariable("IGRAPH_PYTHON") ?? "python3";
var dir = Path.Combine(Path.GetTempPath(), "focalpoint-bench-network");
Directory.CreateDirectory(dir);

var bigEdges = (long)Math.Max(20_000, 1_048_576 * scale);
var smallEdges = (long)Math.Max(4_096, 65_536 * Math.Min(scale, 1.0));
var bigPath = Path.Combine(dir, "rmat.txt");
var smallPath = Path.Combine(dir, "rmat-small.txt");
var (bigNodes, _) = Rmat.Write(bigPath, ScaleFor(bigEdges), bigEdges, seed: 20240601);
var (smallNodes, _) = Rmat.Write(smallPath, ScaleFor(smallEdges), smallEdges, seed: 20240602);
Console.WriteLine($"network.graph: {bigNodes} nodes, {bigEdges} links (R-MAT scale {ScaleFor(bigEdges)}); small {smallNodes} nodes, {smallEdges} links");

// Warm the JIT on the small graph so the timings measure the algorithms, not compilation.
var warm = SideBySide.Load(smallPath);
Components.Find(warm);
Bfs.Distances(warm, [0, 1]);
Centrality.PageRank(warm);
Centrality.SubsetBetweenness(warm, [0, 1, 2]);

var ratios = new List<double>();
ratios.AddRange(SideBySide.Run("network", bigPath, bigNodes, smallPath, python, dir));

var demoPath = Path.Combine(dir, "demo.txt");
var clock = Stopwatch.StartNew();
var (demoNodes, demoLinks, demoScale) = DemoGraph.Write(demoPath, (long)Math.Max(20_000, 1_000_000 * scale));
Console.WriteLine(FormattableString.Invariant(
    $"network.demo.graph: {demoNodes} nodes, {demoLinks} links (demo generator seed 20181, scale {demoScale:0.##}, written in {clock.Elapsed.TotalSeconds:0.0} s)"));
var demoRatios = SideBySide.Run("network.demo", demoPath, demoNodes, "-", python, dir);
Console.WriteLine(FormattableString.Invariant($"network.demo.ratio: {Math.Exp(demoRatios.Average(Math.Log)):0.00}"));
ratios.AddRange(demoRatios);
Console.WriteLine(FormattableString.Invariant($"network.ratio: {Math.Exp(ratios.Average(Math.Log)):0.00}"));

static int ScaleFor(long edges) => (int)Math.Ceiling(Math.Log2(edges / 16.0));
