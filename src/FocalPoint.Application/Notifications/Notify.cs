using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Notifications;

namespace FocalPoint.Application.Notifications;

/// <summary>
/// The one way to tell users something in the app. Whatever a producer proposes, a user is told only when their own
/// need-to-know opens the record (<see cref="RecipientReach"/>): a notification never discloses a record, or even its
/// reference, to someone who could not open it. The acting user is not told of their own work, and nobody is told
/// twice of the same thing in one call.
/// </summary>
public sealed class Notify(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    /// <summary>For work outside a request (demo loading, tools): the system acts, so nobody is left out as the actor.</summary>
    public static Notify AsSystem(FocalPointDbContext db, TimeProvider time) => new(db, new FixedAccessContext(UserAccess.System("system")), time);

    /// <summary>Stores the notifications that pass the reach check; returns how many users were told.</summary>
    public Task<int> HandleAsync(IEnumerable<NotificationDraft> drafts, CancellationToken ct = default) => StoreAsync(drafts, tellActor: false, ct);

    /// <summary>For what the system found rather than what the user did (a stolen hit of their import): the actor is told too.</summary>
    public Task<int> IncludingActorAsync(IEnumerable<NotificationDraft> drafts, CancellationToken ct = default) => StoreAsync(drafts, tellActor: true, ct);

    private async Task<int> StoreAsync(IEnumerable<NotificationDraft> drafts, bool tellActor, CancellationToken ct)
    {
        var actor = (await accessContext.GetAsync(ct)).UserName;
        var wanted = drafts
            .Where(d => !string.IsNullOrWhiteSpace(d.Recipient) && (tellActor || !string.Equals(d.Recipient, actor, StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(d => (d.Recipient, d.Kind, d.Target, d.TargetId))
            .ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        var reach = new RecipientReach(db);
        var now = time.GetUtcNow().UtcDateTime;
        var told = 0;
        foreach (var byRecipient in wanted.GroupBy(d => d.Recipient, StringComparer.Ordinal))
        {
            if (await reach.AccessOfAsync(byRecipient.Key, ct) is not { } access)
            {
                continue;
            }

            var reachable = await reach.ReachableAsync(access, [.. byRecipient.Select(d => (d.Target, d.TargetId))], ct);
            foreach (var d in byRecipient.Where(d => reachable.Contains((d.Target, d.TargetId))))
            {
                db.Notifications.Add(new Notification
                {
                    Recipient = d.Recipient, Kind = d.Kind, Target = d.Target, TargetId = d.TargetId, Actor = actor, CreatedAtUtc = now,
                    Subject = d.Subject.Length <= Notification.MaxSubjectLength ? d.Subject : d.Subject[..Notification.MaxSubjectLength],
                });
                told++;
            }
        }

        await db.SaveChangesAsync(ct);
        return told;
    }
}
