using System.Diagnostics;
using System.Globalization;
using System.Text;
using FocalPoint.Risk.Crossings;
using FocalPoint.Risk.Screening;
using FocalPoint.Risk.Synthetic;
using FocalPoint.Risk.WatchList;

// bench/risk: screen a crossings file against 200 profiles and a 100,000-entry fuzzy watch-list (issue 13), beside
// the straightforward evaluation measured on a sample of the same file and extrapolated. Two steps in two
// processes, so the screening's peak memory is its own: `generate DIR` writes the file, `screen DIR` screens it.
var scale = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 1.0;
var spec = new TrafficSpec((long)(10_000_000 * scale), Days: 30, Start: new DateOnly(2026, 3, 1), WatchListSize: 100_000, Profiles: 200);
var dir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "focalpoint-bench-risk");
var file = Path.Combine(dir, "crossings.csv");

if (args is ["generate", ..])
{
    Directory.CreateDirectory(dir);
    var clock = Stopwatch.StartNew();
    using (var output = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20))
    {
        var writer = new CrossingCsvWriter(output);
        writer.WriteHeader();
        foreach (var r in TrafficGenerator.Generate(spec).Records) writer.Write(r);
    }
    Console.WriteLine(Invariant($"risk.file: {new FileInfo(file).Length / 1e6:0} MB, {spec.Records} records over {spec.Days} days (generated in {clock.Elapsed.TotalSeconds:0.0} s)"));
    return 0;
}

if (args is ["phases", ..])
{
    FocalPoint.Bench.Risk.Phases.Run(spec, file);
    return 0;
}

var scenario = TrafficGenerator.Generate(spec);
var total = Stopwatch.StartNew();
var cpu = new FocalPoint.Bench.Risk.CpuClock();
var watch = new WatchListIndex(scenario.WatchList);
var plan = ScreeningPlan.Build(scenario.Profiles, spec.Start);
var indexSeconds = total.Elapsed.TotalSeconds;
var errors = 0L;
ScreeningSummary summary;
using (var input = new StreamReader(file, Encoding.UTF8, false, 1 << 20))
{
    summary = ScreeningRun.Run(Read(new CrossingCsvReader(input), () => errors++), plan, watch, new ScreeningOptions(Workers: 2), _ => { });
}
var seconds = total.Elapsed.TotalSeconds;
var cpuSeconds = cpu.Seconds;
var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
Console.WriteLine(Invariant($"risk.profiles: {plan.Profiles.Count} active, watch-list {watch.Count} entries (indexed in {indexSeconds:0.00} s)"));
Console.WriteLine(Invariant($"risk.records: {summary.Records} ({errors} row errors)"));
Console.WriteLine(Invariant($"risk.seconds: {seconds:0.00} s end to end from the file (target < 60 s at 10M)"));
Console.WriteLine(Invariant($"risk.records_per_second: {summary.Records / seconds:0} records/s"));
Console.WriteLine(Invariant($"risk.cpu_seconds: {cpuSeconds:0.00} s of processor time (load average {LoadAverage()} while measured: the machine is shared)"));
Console.WriteLine(Invariant($"risk.hits: {summary.RiskHits} records hit ({summary.WatchListHits} on the watch-list), {summary.ControlChecks} drawn for control"));
Console.WriteLine(Invariant($"risk.peak_memory: {peak:0} MB (target < 4000 MB)"));

// The straightforward evaluation on a sample spread over the file, extrapolated to the whole.
var naive = new NaiveScreening(plan, watch);
var sampleSize = (int)Math.Clamp(summary.Records / 50_000, 50, 200);
var step = Math.Max(1, summary.Records / sampleSize);
var sample = new List<CrossingRecord>(sampleSize);
using (var input = new StreamReader(file))
{
    var reader = new CrossingCsvReader(input);
    for (long i = 0; sample.Count < sampleSize && reader.TryRead(out var r, out _); i++) if (r is not null && i % step == 0) sample.Add(r);
}
var naiveClock = Stopwatch.StartNew();
foreach (var r in sample) naive.Screen(r);
var naivePerRecord = naiveClock.Elapsed.TotalSeconds / sample.Count;
var naiveSeconds = naivePerRecord * summary.Records;
Console.WriteLine(Invariant($"risk.naive: {1 / naivePerRecord:0.0} records/s on a sample of {sample.Count}, {naiveSeconds:0} s extrapolated ({naiveSeconds / 3600:0.0} h)"));
Console.WriteLine(Invariant($"risk.ratio: {naiveSeconds / seconds:0}"));
return 0;

static IEnumerable<CrossingRecord> Read(CrossingCsvReader reader, Action onError)
{
    while (reader.TryRead(out var r, out _))
    {
        if (r is null) onError();
        else yield return r;
    }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
