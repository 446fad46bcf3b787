using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Risk;

/// <summary>The border-risk use cases.</summary>
public static class RiskServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointRisk(this IServiceCollection services)
    {
        services.AddScoped<Profiles.DraftRiskProfile>();
        services.AddScoped<Profiles.ApproveRiskProfile>();
        services.AddScoped<Profiles.RetireRiskProfile>();
        services.AddScoped<Screening.ScreenCrossings>();
        services.AddScoped<Screening.ScreenCrossingFile>();
        services.AddScoped<Screening.CrossingMappings>();
        services.AddScoped<Screening.ScreenCrossingStream>();
        // One watch-list per process, brought up to date incrementally at each screening.
        services.AddSingleton<Screening.RegistryWatchList>();
        services.AddScoped<Screening.RecordHitOutcome>();
        services.AddScoped<Screening.ProfilePerformance>();
        services.AddScoped<Screening.ListHitQueue>();
        services.AddScoped<Assessments.SaveRiskAssessment>();
        services.AddScoped<Assessments.ListRiskAssessments>();
        services.AddScoped<Assessments.GetRiskAssessment>();
        services.AddScoped<Assessments.SuggestAssessmentInputs>();
        return services;
    }
}
