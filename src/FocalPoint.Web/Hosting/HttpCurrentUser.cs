using System.Security.Claims;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Web.Hosting;

/// <summary>
/// The acting user. API requests read it from the request; interactive pages, whose work runs in scopes of
/// their own on the circuit, set it explicitly through <see cref="UseUser"/> before calling a use case.
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? user;

    // A request with nobody signed in (the public cyber form) acts as "anonymous"; work outside any request as "system".
    public string UserName => user?.Identity?.Name ?? accessor.HttpContext?.User.Identity?.Name ?? (accessor.HttpContext is null ? "system" : "anonymous");

    /// <summary>The signed-in principal: the page's user in a circuit scope, else the request's.</summary>
    public ClaimsPrincipal? Principal => user ?? accessor.HttpContext?.User;

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public void UseUser(ClaimsPrincipal principal) => user = principal;
}
