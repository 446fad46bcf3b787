using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

public sealed record CaseUser(string UserName, string DisplayName);

/// <summary>
/// Accounts that may own, join or be given tasks in a case: those whose role holds <see cref="Capabilities.Cases"/>.
/// A team member without it would widen need-to-know for someone who cannot open the case.
/// </summary>
public sealed class CaseUsers(FocalPointDbContext db)
{
    public Task<List<CaseUser>> ListAsync(CancellationToken cancellationToken = default) =>
        Eligible().OrderBy(u => u.UserName).Select(u => new CaseUser(u.UserName!, u.DisplayName)).ToListAsync(cancellationToken);

    /// <summary>The names among <paramref name="userNames"/> that are not eligible accounts.</summary>
    public async Task<IReadOnlyList<string>> NotEligibleAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken = default)
    {
        var names = userNames.Distinct(StringComparer.Ordinal).ToList();
        var found = await Eligible().Where(u => names.Contains(u.UserName!)).Select(u => u.UserName!).ToListAsync(cancellationToken);
        return [.. names.Except(found, StringComparer.Ordinal)];
    }

    private IQueryable<Data.Identity.FocalPointUser> Eligible()
    {
        var roles = Capabilities.RolesOf(Capabilities.Cases).ToList();
        var roleIds = db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id);
        return db.Users.Where(u => u.UserName != null && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }
}
