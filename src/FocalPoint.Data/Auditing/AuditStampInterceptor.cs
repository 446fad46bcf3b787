using FocalPoint.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FocalPoint.Data.Auditing;

/// <summary>Who is acting; the web host reads it from the signed-in user, the CLI from the operator.</summary>
public interface ICurrentUser
{
    string UserName { get; }

    /// <summary>The network address the user acts from, for the audit log; null outside a request.</summary>
    string? ClientAddress => null;
}

/// <summary>Stamps creation and change on every auditable row and moves its concurrency version on.</summary>
public sealed class AuditStampInterceptor(TimeProvider time, ICurrentUser user) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<IAuditable>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAtUtc = now;
                entry.Entity.CreatedBy = user.UserName;
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAtUtc = now;
                entry.Entity.UpdatedBy = user.UserName;
                entry.Entity.Version++;
            }
        }
    }
}

/// <summary>Used where no person is acting: migrations, seeding, the demo generator.</summary>
public sealed class SystemUser(string name = "system") : ICurrentUser
{
    public string UserName { get; } = name;
}
