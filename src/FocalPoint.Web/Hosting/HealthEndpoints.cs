using FocalPoint.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FocalPoint.Web.Hosting;

/// <summary>
/// What a load balancer asks (issue 18): <c>/health/live</c> says the process answers (restart it when not);
/// <c>/health/ready</c> says it can serve (database reachable, schema migrated, lease table readable; take it out of
/// the pool when not). <c>/health</c> stays as the ready check for older probes. Answers are one word, nothing else.
/// </summary>
internal static class HealthEndpoints
{
    public const string Ready = "ready";

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
    }
}

/// <summary>A node whose schema is behind the code (a migration not applied) must not take requests.</summary>
internal sealed class MigrationsHealthCheck(FocalPointDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()
            ? HealthCheckResult.Unhealthy("Database migrations pending.")
            : HealthCheckResult.Healthy();
}

/// <summary>Background work needs the lease table: a node that cannot read it cannot take part.</summary>
internal sealed class LeaseTableHealthCheck(FocalPointDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await db.JobLeases.AsNoTracking().Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
