using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FocalPoint.Data.Auditing;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Registers the audit log: <see cref="IAuditLog"/> (scoped, stamps the <see cref="ICurrentUser"/> of the scope),
    /// its single <see cref="AuditWriter"/> (also a hosted service, so the web host drains and anchors it at
    /// shutdown) and <see cref="AuditVerifier"/>. Needs the DbContext registered (AddFocalPointData, or a test's).
    /// </summary>
    public static IServiceCollection AddFocalPointAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser>(_ => new SystemUser());
        services.TryAddSingleton(sp => AuditAnchorKey.Load(sp.GetRequiredService<IOptions<AuditOptions>>().Value));
        services.TryAddSingleton<AuditWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.TryAddScoped<IAuditLog, AuditLog>();
        services.TryAddScoped(sp => new AuditVerifier(sp.GetRequiredService<FocalPointDbContext>(), sp.GetRequiredService<AuditAnchorKey>()));
        return services;
    }
}
