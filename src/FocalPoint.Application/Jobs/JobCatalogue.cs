using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Jobs;

/// <summary>What a run did: how many things it handled, and a line without personal data.</summary>
public sealed record JobResult(long Items, string? Detail = null);

/// <summary>A background job: scoped, resolved afresh for every run, cancelled when its lease is lost.</summary>
public interface IJob
{
    Task<JobResult> RunAsync(LeaseHandle lease, CancellationToken cancellationToken);
}

/// <summary>A job the scheduler runs every <paramref name="Interval"/> (unless configured otherwise) under a lease of its name.</summary>
public sealed record JobDefinition(string Name, TimeSpan Interval, Type JobType)
{
    public TimeSpan IntervalUnder(JobOptions options) =>
        options.IntervalMinutes.TryGetValue(Name, out var minutes) ? TimeSpan.FromMinutes(minutes) : Interval;
}

public static class JobRegistration
{
    /// <summary>Registers a scheduled job; later issues add theirs (scheduled products, snapshot refresh) the same way.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobDefinition(name, interval, typeof(TJob)));
        return services;
    }
}
