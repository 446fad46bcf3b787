using FocalPoint.Application.Notifications;
using FocalPoint.Domain.Notifications;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Notifications;

/// <summary>What each user was told, read straight from the store.</summary>
internal static class Inbox
{
    public static async Task<List<(string Recipient, NotificationKind Kind, NotificationTarget Target, long TargetId, string Subject)>> AllAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = await db.Notifications.AsNoTracking().OrderBy(n => n.Recipient).ThenBy(n => n.Id).ToListAsync();
        return [.. rows.Select(n => (n.Recipient, n.Kind, n.Target, n.TargetId, n.Subject))];
    }

    public static async Task<List<string>> RecipientsAsync(TestDatabase database, NotificationKind kind) =>
        [.. (await AllAsync(database)).Where(n => n.Kind == kind).Select(n => n.Recipient).Distinct().Order(StringComparer.Ordinal)];

    public static string Link(NotificationTarget target, long id) => NotificationLinks.For(target, id);
}
