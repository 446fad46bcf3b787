using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace FocalPoint.Web.Security;

/// <summary>
/// Whether a user may open a page, decided by the page's own <c>[Authorize]</c> attributes evaluated as the router
/// evaluates them. The navigation and the home pages ask this, so a link is offered exactly when its page lets the
/// user in: there is no second list of roles to fall out of step (ADR 0015).
/// </summary>
internal sealed class PageAccess(IAuthorizationService authorization, IAuthorizationPolicyProvider policies)
{
    public async Task<bool> MayOpenAsync(ClaimsPrincipal user, Type page)
    {
        var data = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
        if (page.GetCustomAttribute<AllowAnonymousAttribute>() is not null || data.Count == 0)
        {
            return true;
        }

        var policy = await AuthorizationPolicy.CombineAsync(policies, data);
        return policy is null || (await authorization.AuthorizeAsync(user, resource: null, policy)).Succeeded;
    }

    /// <summary>The page's address: its first route without parameters.</summary>
    public static string AddressOf(Type page) =>
        page.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).FirstOrDefault(t => !t.Contains('{', StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"{page.Name} has no route without parameters to link to.");
}
