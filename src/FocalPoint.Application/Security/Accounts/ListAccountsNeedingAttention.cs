using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Security.Accounts;

/// <summary>An account an administrator should look at, and why.</summary>
public sealed record AccountAttention(string Id, string UserName, string DisplayName, bool Disabled, bool LockedOut, bool NoSecondFactor);

/// <summary>Accounts locked out (failed sign-ins), disabled, or without a second factor, for the administrator's home page.</summary>
public sealed class ListAccountsNeedingAttention(FocalPointDbContext db, TimeProvider time)
{
    public const int Count = 20;

    public async Task<IReadOnlyList<AccountAttention>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        // LockoutEnd is a DateTimeOffset stored differently per provider: filter the few candidates in memory.
        var rows = await db.Users.AsNoTracking()
            .Where(u => !u.TwoFactorEnabled || u.LockoutEnd != null)
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.TwoFactorEnabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(u => new AccountAttention(u.Id, u.UserName ?? "", u.DisplayName, AccountAccess.IsDisabled(u.LockoutEnd),
                !AccountAccess.IsDisabled(u.LockoutEnd) && u.LockoutEnd > now, !u.TwoFactorEnabled))
            .Where(a => a.Disabled || a.LockedOut || a.NoSecondFactor)
            .Take(Count)];
    }
}
