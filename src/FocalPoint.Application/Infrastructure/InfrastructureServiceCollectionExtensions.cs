using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Infrastructure;

/// <summary>Critical-infrastructure protection: operators, security plans, threat levels per sector.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddFocalPointInfrastructure(this IServiceCollection services)
    {
        services.AddScoped<OperatorReach>();
        services.AddScoped<Operators.ListOperators>();
        services.AddScoped<Operators.GetOperator>();
        services.AddScoped<ThreatLevels.SetThreatLevel>();
        services.AddScoped<Plans.EditSecurityPlan>();
        services.AddScoped<Demo.InfrastructureDemoData>();
        return services;
    }
}
