using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Notifications;

public sealed record NotificationRow(long Id, NotificationKind Kind, string Subject, string? Actor, string Link, DateTime CreatedAtUtc, bool Read);

public sealed record NotificationPage(IReadOnlyList<NotificationRow> Rows, int Page, int PageSize, int Total, int Unread)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The signed-in user's own notifications, unread first, newest first within each. A notification is not personal
/// data (a kind and a reference), so listing is not audited; opening the record it names is, by that record's page.
/// </summary>
public sealed class ListMyNotifications(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int PageSize = 20;

    public async Task<NotificationPage> HandleAsync(int page = 1, int pageSize = PageSize, bool unreadOnly = false, CancellationToken ct = default)
    {
        var mine = await MineAsync(ct);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null, ct);
        var listed = unreadOnly ? mine.Where(n => n.ReadAtUtc == null) : mine;
        var total = unreadOnly ? unread : await listed.CountAsync(ct);
        pageSize = Math.Clamp(pageSize, 1, 100);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await listed.OrderBy(n => n.ReadAtUtc != null).ThenByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new { n.Id, n.Kind, n.Subject, n.Actor, n.Target, n.TargetId, n.CreatedAtUtc, Read = n.ReadAtUtc != null })
            .ToListAsync(ct);
        return new NotificationPage(
            [.. rows.Select(n => new NotificationRow(n.Id, n.Kind, n.Subject, n.Actor, NotificationLinks.For(n.Target, n.TargetId), n.CreatedAtUtc, n.Read))],
            page, pageSize, total, unread);
    }

    /// <summary>The count in the top bar.</summary>
    public async Task<int> CountUnreadAsync(CancellationToken ct = default) =>
        await (await MineAsync(ct)).CountAsync(n => n.ReadAtUtc == null, ct);

    private async Task<IQueryable<Notification>> MineAsync(CancellationToken ct)
    {
        var user = (await accessContext.GetAsync(ct)).UserName;
        return db.Notifications.AsNoTracking().Where(n => n.Recipient == user);
    }
}
