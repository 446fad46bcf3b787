using System.Globalization;
using FocalPoint.Bench.Cyber;

var url = Environment.GetEnvironmentVariable("FOCALPOINT_BENCH_URL") ?? throw new InvalidOperationException("FOCALPOINT_BENCH_URL is not set.");
var database = Environment.GetEnvironmentVariable("FOCALPOINT_BENCH_DB") ?? throw new InvalidOperationException("FOCALPOINT_BENCH_DB is not set.");
var scale = double.Parse(Environment.GetEnvironmentVariable("BENCH_SCALE") ?? "1", CultureInfo.InvariantCulture);
var seconds = Math.Max(3, 60 * scale);

await LoadTest.WaitForServerAsync(url);
var run = await LoadTest.RunAsync(url, senders: 50, TimeSpan.FromSeconds(seconds));
var stored = StoredReports.Count(database, run.AcceptedTitles);
var reference = StoredReports.ReferenceCommitsPerSecond(Path.Combine(Path.GetDirectoryName(database)!, "reference.db"), TimeSpan.FromSeconds(Math.Max(2, 5 * scale)));

static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
Console.WriteLine($"cyber.duration: {F(run.Seconds)} s");
Console.WriteLine($"cyber.reports_per_second: {F(run.HonestAccepted / run.Seconds)} reports/s");
Console.WriteLine($"cyber.p99_latency: {F(run.P99Milliseconds)} ms");
Console.WriteLine($"cyber.p50_latency: {F(run.P50Milliseconds)} ms");
Console.WriteLine($"cyber.accepted: {run.AcceptedTitles.Count} reports");
Console.WriteLine($"cyber.errors: {run.Errors} requests");
Console.WriteLine($"cyber.lost: {stored.Lost} reports");
Console.WriteLine($"cyber.duplicated: {stored.Duplicated} reports");
Console.WriteLine($"cyber.stored_unacknowledged: {stored.Unacknowledged} reports");
Console.WriteLine($"cyber.abuser_accepted: {run.AbuserAccepted} reports (limit 20 per minute, {F(run.Seconds)} s)");
Console.WriteLine($"cyber.abuser_refused: {run.AbuserRefused} requests");
Console.WriteLine($"cyber.reference_commits_per_second: {F(reference)} rows/s");
Console.WriteLine($"cyber.ratio: {(run.HonestAccepted / run.Seconds / reference).ToString("0.000", CultureInfo.InvariantCulture)}");
return stored.Lost == 0 && stored.Duplicated == 0 ? 0 : 1;
