using System.Diagnostics;
using System.Globalization;
using FocalPoint.Bench.Network;
using FocalPoint.Network;

// bench/network: our engine against python-igraph on the same R-MAT edge lists, each operation timed
// side by side in one run. BENCH_SCALE lowers the sizes for a quick run (default 1.0 = 2^20 links).
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
var random = new Random(7);
var bfsSources = Enumerable.Range(0, 100).Select(_ => random.Next(bigNodes)).ToArray();
var sourcesPath = Path.Combine(dir, "sources.txt");
File.WriteAllText(sourcesPath, string.Join('\n', bfsSources));
Console.WriteLine($"network.graph: {bigNodes} nodes, {bigEdges} links (R-MAT scale {ScaleFor(bigEdges)}); small {smallNodes} nodes, {smallEdges} links");

// Warm the JIT on the small graph so the timings measure the algorithms, not compilation.
var warm = Load(smallPath);
Components.Find(warm);
Bfs.Distances(warm, [0, 1]);
Centrality.PageRank(warm);
Centrality.SubsetBetweenness(warm, [0, 1, 2]);

var ours = new Dictionary<string, double>();
var graph = Time(ours, "load", () => Load(bigPath));
Time(ours, "components", () => Components.Find(graph));
Time(ours, "bfs", () => Bfs.Distances(graph, bfsSources.Select(IndexOf).ToArray()));
var pagerank = Time(ours, "pagerank", () => Centrality.PageRank(graph, tolerance: 1e-10));
var sampled = Time(ours, "betweenness256", () => Centrality.SampledBetweenness(graph, 256, seed: 11));
var small = Load(smallPath);
var betweenness = Time(ours, "betweenness_exact", () => Centrality.Betweenness(small));

var theirs = IgraphRunner.Run(python, bigPath, smallPath, sourcesPath, dir);
var ratios = new List<double>();
foreach (var op in new[] { "load", "components", "bfs", "pagerank", "betweenness_exact" })
{
    var y = double.Parse(theirs[op], CultureInfo.InvariantCulture);
    var ratio = y / ours[op];
    ratios.Add(ratio);
    Console.WriteLine(FormattableString.Invariant($"network.{op}.ours: {ours[op]:0.000} s"));
    Console.WriteLine(FormattableString.Invariant($"network.{op}.igraph: {y:0.000} s"));
    Console.WriteLine(FormattableString.Invariant($"network.{op}.ratio: {ratio:0.00}"));
}
Console.WriteLine(FormattableString.Invariant($"network.betweenness256.ours: {ours["betweenness256"]:0.000} s (igraph 0.10.2 has no sources= subset; see README)"));
Console.WriteLine(FormattableString.Invariant($"network.betweenness256.normalised_error_bound_95: {sampled.NormalisedErrorBound:0.0000}"));

var igraphRank = File.ReadAllLines(Path.Combine(dir, "igraph_pagerank.txt")).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
var byId = ById(graph, pagerank);
Console.WriteLine(FormattableString.Invariant($"network.pagerank.max_abs_diff: {byId.Zip(igraphRank, (a, b) => Math.Abs(a - b)).Max():0.0e+0}"));
Console.WriteLine($"network.top20.pagerank.match: {(Top20(byId) == theirs["top20.pagerank"]).ToString().ToLowerInvariant()}");
var smallById = ById(small, betweenness);
Console.WriteLine($"network.top20.betweenness.match: {(Top20(smallById) == theirs["top20.betweenness"]).ToString().ToLowerInvariant()}");
Console.WriteLine(FormattableString.Invariant($"network.ratio: {Math.Exp(ratios.Average(Math.Log)):0.00}"));

int IndexOf(int id) => graph.IndexOf(id);

static int ScaleFor(long edges) => (int)Math.Ceiling(Math.Log2(edges / 16.0));

static Graph Load(string path)
{
    using var reader = new StreamReader(path, System.Text.Encoding.UTF8, false, 1 << 20);
    return new EdgeListParser().Parse(reader);
}

static T Time<T>(Dictionary<string, double> into, string name, Func<T> work)
{
    var watch = Stopwatch.StartNew();
    var result = work();
    into[name] = watch.Elapsed.TotalSeconds;
    return result;
}

// Values re-ordered by numeric id, which is igraph's vertex number.
static double[] ById(Graph graph, IReadOnlyList<double> values)
{
    var result = new double[graph.NodeCount];
    for (var v = 0; v < graph.NodeCount; v++)
    {
        result[graph.IdOf(v).Number] = values[v];
    }
    return result;
}

static string Top20(double[] values) =>
    string.Join(',', Enumerable.Range(0, values.Length).OrderByDescending(v => values[v]).ThenBy(v => v).Take(20));
