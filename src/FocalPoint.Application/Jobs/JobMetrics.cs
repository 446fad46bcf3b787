using System.Diagnostics;
using System.Diagnostics.Metrics;
using FocalPoint.Data.Jobs;

namespace FocalPoint.Application.Jobs;

/// <summary>
/// Job runs as OpenTelemetry-style metrics (meter <see cref="MeterName"/>): a count per job, outcome and node, and the
/// run's duration. The web host exports them when configured (OpenTelemetry:OtlpEndpoint); without it they cost nothing.
/// </summary>
public static class JobMetrics
{
    public const string MeterName = "FocalPoint.Jobs";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Runs = Meter.CreateCounter<long>("focalpoint.job.runs", "{run}", "Job runs ended, by job, outcome and node");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("focalpoint.job.duration", "s", "How long job runs took");

    public static void RunEnded(string job, JobOutcome outcome, string node, TimeSpan took)
    {
        var tags = new TagList { { "job", job }, { "outcome", outcome.ToString() }, { "node", node } };
        Runs.Add(1, tags);
        Duration.Record(took.TotalSeconds, tags);
    }
}
