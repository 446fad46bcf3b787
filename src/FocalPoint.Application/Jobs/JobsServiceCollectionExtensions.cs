using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FocalPoint.Application.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Leases, the scheduler (a hosted service only where the host adds it: the web app, not the CLI) and the jobs.
    /// The node id defaults to machine and process; the web host sets it from <c>Node:Id</c>.
    /// </summary>
    public static IServiceCollection AddFocalPointJobs(this IServiceCollection services)
    {
        services.AddLogging();
        services.TryAddSingleton(JobNode.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<JobOptions>();
        services.AddSingleton<LeasedWork>();
        services.AddSingleton<JobScheduler>();
        services.AddScoped<ListJobs>();
        services.AddScoped<RequestJobRun>();
        services.AddScheduledJob<ImportAreaRetention>(ImportAreaRetention.Name, TimeSpan.FromHours(6));
        services.AddScheduledJob<RateCounterCleanup>(RateCounterCleanup.Name, TimeSpan.FromHours(1));
        return services;
    }
}
