using System.Diagnostics;
using System.Globalization;
using FocalPoint.Bench.Linkage;
using FocalPoint.Linkage;

// linkage benchmark: comparator speed against jellyfish, then a million-record deduplication.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var scale = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1.0;
var python = Environment.GetEnvironmentVariable("PYTHON") ?? "/usr/bin/python3";

// The demo generator's ground truth, linked with the example settings users get (BENCH_PARTS=demo runs only this).
var parts = Environment.GetEnvironmentVariable("BENCH_PARTS") ?? "all";
DemoLinkage.Run(scale, Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1");
if (parts == "demo") return;
// Issue 17's targets on generated files: multi-source linkage with suggested settings, and the correlated-fields file.
TargetLinkage.Run(scale);
if (parts == "targets") return;

var (ratio, lines) = ComparatorBench.Run((int)(1_000_000 * scale), python);
foreach (var line in lines) Console.WriteLine(line);

var records = (int)(1_000_000 * scale);
var clock = Stopwatch.StartNew();
var (table, truth) = new PersonGenerator(2024).Generate(records);
Console.WriteLine($"linkage.generate_seconds: {clock.Elapsed.TotalSeconds:F1} s");
GC.Collect();

var result = new Linker(BenchSettings.Load()).Deduplicate(table);
var seconds = result.Elapsed.TotalSeconds;
var eval = LinkageEvaluation.FromClusters(result.Clusters.Assignments, truth);
Console.WriteLine($"linkage.dedupe_records: {records} records");
Console.WriteLine($"linkage.dedupe_seconds: {seconds:F1} s");
Console.WriteLine($"linkage.dedupe_records_per_s: {records / seconds:F0} records/s");
Console.WriteLine($"linkage.candidate_pairs: {result.Blocking.CandidatePairs} pairs");
Console.WriteLine($"linkage.candidate_pairs_per_s: {result.Blocking.CandidatePairs / seconds:F0} pairs/s");
Console.WriteLine($"linkage.peak_memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
Console.WriteLine($"linkage.precision: {eval.Precision:F4}");
Console.WriteLine($"linkage.recall: {eval.Recall:F4}");
Console.WriteLine($"linkage.f1: {eval.F1:F4}");
if (Environment.GetEnvironmentVariable("BENCH_VERBOSE") == "1")
{
    foreach (var b in result.Blocking.LargestBlocks.Take(5)) Console.Error.WriteLine($"  block {b.Rule} [{b.Key}] {b.Size}{(b.Capped ? " capped" : "")}");
    foreach (var r in result.Blocking.Rules) Console.Error.WriteLine($"  rule {r.Name}: {r.Blocks} blocks, {r.PairsBeforeDedup} pairs, {r.CappedBlocks} capped");
    Console.Error.WriteLine(result.Model.ToJson());
}
Console.WriteLine($"linkage.ratio: {ratio.ToString("F2", CultureInfo.InvariantCulture)}");
