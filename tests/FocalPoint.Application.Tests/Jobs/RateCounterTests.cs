using FocalPoint.Application.Jobs;
using FocalPoint.Data.Limits;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Jobs;

/// <summary>The shared rate-limit counters (ADR 0032): one atomic count per attempt, whichever node makes it.</summary>
public sealed class RateCounterTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 30, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Count_ManyAttemptsAtOnce_EachGetsItsOwnCount(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var window = RateCounterStore.WindowStart(Now, TimeSpan.FromMinutes(1));

        var counts = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await RateCounterStore.CountAsync(db, "sign-in", 42, window, default);
        }));

        Assert.Equal(Enumerable.Range(1, 16).Select(i => (long)i), counts.Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Count_OtherWindowClientOrPolicy_CountsAfresh(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var minute = TimeSpan.FromMinutes(1);
        var window = RateCounterStore.WindowStart(Now, minute);

        await RateCounterStore.CountAsync(db, "sign-in", 42, window, default);
        var again = await RateCounterStore.CountAsync(db, "sign-in", 42, RateCounterStore.WindowStart(Now.AddSeconds(29), minute), default);
        var nextWindow = await RateCounterStore.CountAsync(db, "sign-in", 42, RateCounterStore.WindowStart(Now.AddSeconds(30), minute), default);
        var otherClient = await RateCounterStore.CountAsync(db, "sign-in", 43, window, default);
        var otherPolicy = await RateCounterStore.CountAsync(db, "cyber-public", 42, window, default);

        Assert.Equal((2L, 1L, 1L, 1L), (again, nextWindow, otherClient, otherPolicy));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Cleanup_WindowsOlderThanADay_DeletedRecentOnesKept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await RateCounterStore.CountAsync(db, "sign-in", 1, Now.AddDays(-2), default);
        await RateCounterStore.CountAsync(db, "sign-in", 1, Now.AddHours(-1), default);

        var result = await new RateCounterCleanup(db, new ManualClock(Now)).RunAsync(new LeaseHandle(RateCounterCleanup.Name, "test", 1, TimeProvider.System, TimeSpan.FromMinutes(1)), default);

        Assert.Equal(1, result.Items);
        Assert.Equal([Now.AddHours(-1)], await db.RateCounters.AsNoTracking().Select(c => c.WindowStartUtc).ToListAsync());
    }
}
