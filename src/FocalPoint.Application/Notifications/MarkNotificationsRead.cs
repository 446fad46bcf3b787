using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Notifications;

/// <summary>Marks the user's own notifications read: one (when opened or ticked) or all. Someone else's id changes nothing.</summary>
public sealed class MarkNotificationsRead(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    /// <summary>True when the notification is the user's (read now or before); false for an unknown or someone else's.</summary>
    public async Task<bool> OneAsync(long id, CancellationToken ct = default)
    {
        var user = (await accessContext.GetAsync(ct)).UserName;
        var now = time.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.Id == id && n.Recipient == user && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        return await db.Notifications.AnyAsync(n => n.Id == id && n.Recipient == user, ct);
    }

    /// <summary>Returns how many were unread.</summary>
    public async Task<int> AllAsync(CancellationToken ct = default)
    {
        var user = (await accessContext.GetAsync(ct)).UserName;
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Notifications.Where(n => n.Recipient == user && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
    }
}
