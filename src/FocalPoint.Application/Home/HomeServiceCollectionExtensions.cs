using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Home;

public static class HomeServiceCollectionExtensions
{
    /// <summary>The use cases behind the home pages and the auditor's chain check.</summary>
    public static IServiceCollection AddHomePages(this IServiceCollection services)
    {
        services.AddScoped<ListMyIncidents>();
        services.AddScoped<ListMyCaseWork>();
        services.AddScoped<Security.Accounts.ListAccountsNeedingAttention>();
        services.AddScoped<Audit.VerifyAuditChain>();
        return services;
    }
}
