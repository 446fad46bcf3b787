using FocalPoint.Data;
using FocalPoint.Data.Jobs;

namespace FocalPoint.Application.Jobs;

/// <summary>The lease a run holds. <see cref="ConfirmAsync"/> inside the run's transaction is its fencing check.</summary>
public sealed class LeaseHandle(string name, string owner, long token, TimeProvider time, TimeSpan duration)
{
    private volatile bool lost;

    public string Name { get; } = name;
    public string Owner { get; } = owner;
    public long Token { get; } = token;

    /// <summary>Set once a renewal found the lease taken over; the run's token is cancelled at the same time.</summary>
    public bool Lost => lost;

    internal void MarkLost() => lost = true;

    internal Task<bool> RenewAsync(FocalPointDbContext db, CancellationToken ct) =>
        LeaseStore.RenewAsync(db, Name, Owner, Token, time.GetUtcNow().UtcDateTime, duration, ct);

    /// <summary>
    /// Call inside the run's transaction before committing: throws <see cref="LeaseLostException"/> when another
    /// node took the lease over meanwhile, so a holder that froze never commits over its successor's work.
    /// </summary>
    public async Task ConfirmAsync(FocalPointDbContext db, CancellationToken ct)
    {
        if (!await RenewAsync(db, ct))
        {
            MarkLost();
            throw new LeaseLostException(Name);
        }
    }
}

/// <summary>The lease of a running job was taken over by another node; the run stops and commits nothing.</summary>
public sealed class LeaseLostException(string name) : Exception($"The lease of job '{name}' was taken over by another node.")
{
    public string JobName { get; } = name;
}
