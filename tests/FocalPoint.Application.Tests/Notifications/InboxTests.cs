using FocalPoint.Application.Notifications;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Notifications;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Notifications;

/// <summary>The inbox: unread first with paging, marking one or all read, and nobody marks another's.</summary>
public sealed class InboxTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_ReadAndUnread_UnreadFirstNewestFirstInPages(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = await SeedAsync(database, "inv1", 25, readEvery: 2);
        await SeedAsync(database, "inv2", 3, readEvery: 0);
        await using var services = TestServices.For(database, access: Investigator("inv1"));

        var first = await services.RunAsync<ListMyNotifications, NotificationPage>(l => l.HandleAsync(1));
        var second = await services.RunAsync<ListMyNotifications, NotificationPage>(l => l.HandleAsync(2));

        Assert.Equal((25, 12, 2), (first.Total, first.Unread, first.Pages));
        Assert.Equal(20, first.Rows.Count);
        Assert.All(first.Rows.Take(12), r => Assert.False(r.Read));
        Assert.All(first.Rows.Skip(12).Concat(second.Rows), r => Assert.True(r.Read));
        Assert.Equal(ids.Where((_, i) => i % 2 == 1).Reverse(), first.Rows.Take(12).Select(r => r.Id));
        Assert.Equal(5, second.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MarkRead_OwnOneThenAll_CountDrops_AnotherUsersIdChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var mine = await SeedAsync(database, "inv1", 3, readEvery: 0);
        var theirs = await SeedAsync(database, "inv2", 1, readEvery: 0);
        await using var services = TestServices.For(database, access: Investigator("inv1"));

        var other = await services.RunAsync<MarkNotificationsRead, bool>(m => m.OneAsync(theirs[0]));
        var one = await services.RunAsync<MarkNotificationsRead, bool>(m => m.OneAsync(mine[0]));
        var afterOne = await services.RunAsync<ListMyNotifications, int>(l => l.CountUnreadAsync());
        var all = await services.RunAsync<MarkNotificationsRead, int>(m => m.AllAsync());
        var afterAll = await services.RunAsync<ListMyNotifications, int>(l => l.CountUnreadAsync());

        Assert.Equal((false, true, 2, 2, 0), (other, one, afterOne, all, afterAll));
        await using var db = database.CreateContext();
        Assert.Null(await db.Notifications.Where(n => n.Id == theirs[0]).Select(n => n.ReadAtUtc).SingleAsync());
    }

    /// <summary>Notifications oldest first; every <paramref name="readEvery"/>-th (from the first) already read.</summary>
    private static async Task<List<long>> SeedAsync(TestDatabase database, string recipient, int count, int readEvery)
    {
        await using var db = database.CreateContext();
        var rows = Enumerable.Range(0, count).Select(i => new Notification
        {
            Recipient = recipient, Kind = NotificationKind.TaskAssigned, Target = NotificationTarget.Case, TargetId = 1, Subject = $"CASE-2026-{i:0000}",
            CreatedAtUtc = Start.AddMinutes(i), ReadAtUtc = readEvery > 0 && i % readEvery == 0 ? Start.AddDays(1) : null,
        }).ToList();
        db.Notifications.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }
}
