using FocalPoint.Application.Notifications;
using FocalPoint.Data;
using FocalPoint.Domain.Notifications;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Stolen;

/// <summary>
/// Who holds each side of a hit: the one who recorded each incident (the reporter of the theft, the officer or the
/// import that recorded the seizure) and the teams of the cases holding it. Each holder is told of their own side (its firearm page, its incident's reference), which is also
/// where the hit is shown; <see cref="Notify"/> drops anyone whose need-to-know does not open that firearm.
/// </summary>
internal static class StolenHitHolders
{
    private const int Chunk = 500;

    public static async Task<List<NotificationDraft>> DraftsAsync(FocalPointDbContext db, IReadOnlyCollection<StolenHit> hits, CancellationToken ct)
    {
        var firearmIds = hits.SelectMany(h => new[] { h.FirearmId, h.StolenFirearmId }).Distinct().ToList();
        var sides = new Dictionary<long, (long IncidentId, string Reference, string Recorder)>();
        foreach (var chunk in firearmIds.Chunk(Chunk))
        {
            var rows = await db.Firearms.AsNoTracking().Where(f => chunk.Contains(f.Id))
                .Select(f => new { f.Id, f.IncidentId, f.Incident!.Reference, f.Incident.CreatedBy }).ToListAsync(ct);
            foreach (var r in rows)
            {
                sides[r.Id] = (r.IncidentId, r.Reference, r.CreatedBy);
            }
        }

        var teams = await CaseTeams.OfIncidentsAsync(db, [.. sides.Values.Select(s => s.IncidentId)], ct);
        var drafts = new List<NotificationDraft>();
        foreach (var firearmId in hits.SelectMany(h => new[] { h.FirearmId, h.StolenFirearmId }).Where(sides.ContainsKey))
        {
            var side = sides[firearmId];
            var holders = teams[side.IncidentId].Append(side.Recorder);
            drafts.AddRange(holders.Select(u => new NotificationDraft(u, NotificationKind.StolenHit, NotificationTarget.Firearm, firearmId, side.Reference)));
        }

        return drafts;
    }
}
