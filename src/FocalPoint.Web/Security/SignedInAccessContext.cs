using System.Security.Claims;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Web.Security;

/// <summary>
/// Builds <see cref="UserAccess"/> for the signed-in user: roles from the session, agency and case teams fresh from
/// the database (once per scope), so a change of team takes effect at the next request, not the next sign-in.
/// </summary>
internal sealed class SignedInAccessContext(HttpCurrentUser currentUser, FocalPointDbContext db) : IAccessContext
{
    private UserAccess? access;

    public async Task<UserAccess> GetAsync(CancellationToken cancellationToken = default)
    {
        if (access is not null)
        {
            return access;
        }

        var principal = currentUser.Principal;
        if (principal?.Identity?.IsAuthenticated != true || principal.Identity.Name is not { } name)
        {
            return access = new UserAccess("anonymous", new HashSet<string>(), null, new HashSet<long>());
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var agency = await db.Users.Where(u => u.UserName == name).Select(u => (Domain.Incidents.ReportingAgency?)u.Agency).FirstOrDefaultAsync(cancellationToken);
        var cases = await db.CaseMembers.Where(m => m.UserName == name).Select(m => m.CaseId)
            .Union(db.Cases.Where(c => c.Owner == name).Select(c => c.Id))
            .ToListAsync(cancellationToken);
        return access = new UserAccess(name, roles, agency, cases.ToHashSet());
    }
}
