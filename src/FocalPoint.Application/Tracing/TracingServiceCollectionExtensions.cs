using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tracing;

/// <summary>Firearm tracing and the lost-and-stolen register.</summary>
public static class TracingServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointTracing(this IServiceCollection services)
    {
        services.AddScoped<Traces.PrepareTrace>();
        services.AddScoped<Traces.CreateTrace>();
        services.AddScoped<Traces.MoveTrace>();
        services.AddScoped<Traces.RecordTraceAnswer>();
        services.AddScoped<Traces.GetTrace>();
        services.AddScoped<Traces.ListTraces>();
        services.AddScoped<Traces.RegisterIncomingTrace>();
        services.AddSingleton<Stolen.StolenRegister>();
        services.AddScoped<Stolen.CheckStolen>();
        services.AddScoped<Stolen.SearchStolen>();
        services.AddScoped<Stolen.ListStolenHits>();
        services.AddScoped<Stolen.DecideStolenHit>();
        return services;
    }
}
