using FocalPoint.Application.Jobs;

namespace FocalPoint.Web.Hosting;

internal static class BackgroundJobs
{
    /// <summary>
    /// The node id (<c>Node:Id</c>, else machine and process), the scheduler's options and the scheduler itself, which
    /// runs on every web node and lets the leases decide which node runs each job (ADR 0024).
    /// </summary>
    public static void AddBackgroundJobs(this WebApplicationBuilder builder)
    {
        var node = JobNode.From(builder.Configuration[$"{JobNode.Section}:Id"]);
        builder.Services.AddSingleton(node);
        builder.Services.AddOptions<JobOptions>().Bind(builder.Configuration.GetSection(JobOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.IsValid(), "Jobs:IntervalMinutes: each interval must lie within 1 minute and 366 days.").ValidateOnStart();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobScheduler>());
        NodeLogEnricher.Add(builder, node);
        builder.AddMetricsExport(node);
    }
}
