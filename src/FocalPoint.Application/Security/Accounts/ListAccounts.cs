using FocalPoint.Application.Common;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Security.Accounts;

/// <summary>One page of accounts in user-name order, with their roles.</summary>
public sealed class ListAccounts(FocalPointDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<PagedResult<AccountSummary>> ExecuteAsync(int page, int pageSize, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await db.Users.CountAsync(ct);
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.UserName).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Email, u.Agency, u.TwoFactorEnabled, u.LockoutEnd })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var items = rows.Select(r => new AccountSummary(
                r.Id, r.UserName ?? "", r.DisplayName, r.Email, r.Agency,
                roles.Where(x => x.UserId == r.Id).Select(x => x.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                r.TwoFactorEnabled, AccountAccess.IsDisabled(r.LockoutEnd)))
            .ToList();
        return new PagedResult<AccountSummary>(items, page, pageSize, total, TotalIsCapped: false);
    }
}
