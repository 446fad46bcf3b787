using FocalPoint.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace FocalPoint.Web.Security;

/// <summary>
/// One authorization policy per capability of <see cref="Capabilities"/>, named as the capability: pages use
/// <c>[Authorize(Policy = Capabilities.X)]</c>, API groups <c>RequireAuthorization(Capabilities.X)</c>, and the
/// navigation asks the same policies (ADR 0015).
/// </summary>
internal static class CapabilityPolicies
{
    public static void AddCapabilityPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddCapabilities();

    private static AuthorizationBuilder AddCapabilities(this AuthorizationBuilder builder)
    {
        foreach (var (capability, roles) in Capabilities.Table)
        {
            builder.AddPolicy(capability, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }
}
