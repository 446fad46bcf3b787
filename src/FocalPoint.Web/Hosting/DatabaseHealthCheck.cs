using FocalPoint.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FocalPoint.Web.Hosting;

/// <summary>/health answers Unhealthy when the database cannot be reached, so a load balancer takes the node out.</summary>
internal sealed class DatabaseHealthCheck(FocalPointDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Database unreachable.");
}
