using FocalPoint.Data.Jobs;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Jobs;

public sealed class LeaseTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TryAcquire_HeldThenExpired_RefusesUntilExpiryThenRaisesTheToken(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var now = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

        var first = await LeaseStore.TryAcquireAsync(db, "job", "node-a", now, JobNodes.Lease, default);
        var whileHeld = await LeaseStore.TryAcquireAsync(db, "job", "node-b", now.AddSeconds(59), JobNodes.Lease, default);
        var sameNodeAgain = await LeaseStore.TryAcquireAsync(db, "job", "node-a", now.AddSeconds(30), JobNodes.Lease, default);
        var afterExpiry = await LeaseStore.TryAcquireAsync(db, "job", "node-b", now.AddSeconds(60), JobNodes.Lease, default);
        var staleRenewal = await LeaseStore.RenewAsync(db, "job", "node-a", 1, now.AddSeconds(61), JobNodes.Lease, default);
        var lease = await db.JobLeases.AsNoTracking().SingleAsync();

        Assert.Equal(1, first);
        Assert.Null(whileHeld);
        Assert.Null(sameNodeAgain);
        Assert.Equal(2, afterExpiry);
        Assert.False(staleRenewal);
        Assert.Equal(("node-b", 2L, now.AddSeconds(120)), (lease.Owner, lease.Token, lease.ExpiresAtUtc));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TryAcquire_ManyNodesAtOnce_GivesTheLeaseToExactlyOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var now = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = database.CreateContext();
            return await LeaseStore.TryAcquireAsync(db, "job", $"node-{i}", now, JobNodes.Lease, default);
        }));

        Assert.Equal([1L], tokens.Where(t => t is not null).Select(t => t!.Value));
    }
}
