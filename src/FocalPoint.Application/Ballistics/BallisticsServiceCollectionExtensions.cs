using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Ballistics;

/// <summary>The ballistic department's examinations and leads, and the confirmed hits the registry pages show.</summary>
public static class BallisticsServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointBallistics(this IServiceCollection services)
    {
        services.AddScoped<RecordExamination>();
        services.AddScoped<ProposeLead>();
        services.AddScoped<DecideLead>();
        services.AddScoped<LeadNotices>();
        services.AddScoped<ListExaminations>();
        services.AddScoped<ListBallisticHits>();
        return services;
    }
}
