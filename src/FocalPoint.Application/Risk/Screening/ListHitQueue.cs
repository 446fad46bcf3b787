using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>A queued hit as the officer sees it: the crossing, why it was selected, and the outcome so far.</summary>
public sealed record HitQueueRow(long Id, string CrossingId, string CrossingPoint, DateTime CrossedAtUtc, string Direction, string Plate,
    bool RiskHit, bool ControlCheck, string Profiles, IReadOnlyList<string> Reasons, IReadOnlyList<string> WatchMatches, HitOutcome Outcome, string? OutcomeNote);

/// <summary>
/// The hit queue of a crossing point (or of all), pending first, newest first. A watch-list match shows the entity
/// and the similarity only: whom to call, never the incident behind it. A hit shows a vehicle's plate and that a
/// traveller matched, so consulting the queue is a consultation of personal data: it needs the officer's purpose and
/// is audited with it, hit by hit.
/// </summary>
public sealed class ListHitQueue(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public const int Limit = 200;

    /// <returns>The queue; null without the screening capability or without a purpose.</returns>
    public async Task<IReadOnlyList<HitQueueRow>?> HandleAsync(string? crossingPoint, string purpose, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.BorderScreening) && !access.Holds(Capabilities.RiskAnalysis)) return null;
        if (string.IsNullOrWhiteSpace(purpose)) return null;
        var hits = db.ScreeningHits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(crossingPoint)) hits = hits.Where(h => h.CrossingPoint == crossingPoint);
        var rows = await hits
            .OrderBy(h => h.Outcome == HitOutcome.Pending ? 0 : 1).ThenByDescending(h => h.CrossedAtUtc).ThenBy(h => h.Id)
            .Take(Limit)
            .Select(h => new
            {
                h.Id, h.CrossingId, h.CrossingPoint, h.CrossedAtUtc, h.Direction, h.Plate, h.RiskHit, h.ControlCheck, h.Reasons, h.WatchMatches, h.Outcome, h.OutcomeNote,
                Profiles = h.Profiles.Select(p => p.ProfileVersion!.ProfileKey + "/v" + p.ProfileVersion.Number + " " + p.ProfileVersion.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.Consult, "ScreeningHit", [.. rows.Select(h => $"ScreeningHit/{h.Id}")], Purpose: purpose.Trim(),
                Detail: string.IsNullOrWhiteSpace(crossingPoint) ? "hit queue, all crossing points" : $"hit queue at {crossingPoint}"), cancellationToken);
        }
        return [.. rows.Select(h => new HitQueueRow(h.Id, h.CrossingId, h.CrossingPoint, h.CrossedAtUtc, h.Direction, h.Plate, h.RiskHit, h.ControlCheck,
            string.Join("; ", h.Profiles), Lines(h.Reasons), Lines(h.WatchMatches), h.Outcome, h.OutcomeNote))];
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
