using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Stolen;

/// <summary>One side of a hit: the firearm and its incident, named only when within reach.</summary>
public sealed record HitSide(long FirearmId, string? SerialAsWritten, long? IncidentId, string? Reference, DateOnly? OccurredOn, bool Mine);

public sealed record StolenHitRow(long Id, StolenMatch Match, StolenHitState State, DateTime FoundAtUtc, HitSide Recorded, HitSide Stolen)
{
    /// <summary>The user holds one of the two records: the hit is theirs to act on (their notification).</summary>
    public bool Mine => Recorded.Mine || Stolen.Mine;
}

/// <summary>
/// The hit queue (open hits the user can see on either side, their own first) or the hits of one firearm (its page).
/// </summary>
public sealed class ListStolenHits(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<StolenHitRow>> HandleAsync(long? firearmId = null, bool openOnly = true, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var visible = db.Incidents.VisibleTo(access, db);
        var user = access.UserName;
        var hits = db.StolenHits.AsNoTracking()
            .Where(h => visible.Any(i => i.Id == h.Firearm!.IncidentId) || visible.Any(i => i.Id == h.StolenFirearm!.IncidentId));
        hits = firearmId is { } id ? hits.Where(h => h.FirearmId == id || h.StolenFirearmId == id) : hits;
        if (openOnly)
        {
            hits = hits.Where(h => h.State == StolenHitState.Open);
        }

        var rows = await hits
            .OrderByDescending(h => h.Firearm!.Incident!.CreatedBy == user || h.StolenFirearm!.Incident!.CreatedBy == user).ThenByDescending(h => h.FoundAtUtc).ThenByDescending(h => h.Id)
            .Take(MaxRows)
            .Select(h => new
            {
                h.Id, h.Match, h.State, h.FoundAtUtc,
                R = new { h.FirearmId, h.Firearm!.SerialAsWritten, h.Firearm.IncidentId, h.Firearm.Incident!.Reference, h.Firearm.Incident.OccurredOn, Mine = h.Firearm.Incident.CreatedBy == user, Visible = visible.Any(i => i.Id == h.Firearm.IncidentId) },
                S = new { h.StolenFirearmId, h.StolenFirearm!.SerialAsWritten, h.StolenFirearm.IncidentId, h.StolenFirearm.Incident!.Reference, h.StolenFirearm.Incident.OccurredOn, Mine = h.StolenFirearm.Incident.CreatedBy == user, Visible = visible.Any(i => i.Id == h.StolenFirearm.IncidentId) },
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new StolenHitRow(r.Id, r.Match, r.State, r.FoundAtUtc,
            new HitSide(r.R.FirearmId, r.R.Visible ? r.R.SerialAsWritten : null, r.R.Visible ? r.R.IncidentId : null, r.R.Visible ? r.R.Reference : null, r.R.Visible ? r.R.OccurredOn : null, r.R.Mine),
            new HitSide(r.S.StolenFirearmId, r.S.Visible ? r.S.SerialAsWritten : null, r.S.Visible ? r.S.IncidentId : null, r.S.Visible ? r.S.Reference : null, r.S.Visible ? r.S.OccurredOn : null, r.S.Mine)))];
    }
}

/// <summary>Confirms a hit (the same gun) or dismisses it (another gun); a decided hit is not decided again.</summary>
public sealed class DecideStolenHit(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public async Task<CommandResult<StolenHitState>> HandleAsync(long id, bool confirm, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var visible = db.Incidents.VisibleTo(access, db);
        var hit = access.EditsRegistry
            ? await db.StolenHits.Where(h => visible.Any(i => i.Id == h.Firearm!.IncidentId)).FirstOrDefaultAsync(h => h.Id == id, ct)
            : null;
        if (hit is null)
        {
            return CommandResult<StolenHitState>.Missing();
        }

        if (hit.State != StolenHitState.Open)
        {
            var errors = new ValidationErrors();
            errors.Add("State", TracingMessages.HitDecided, hit.State);
            return CommandResult<StolenHitState>.Invalid(errors);
        }

        hit.State = confirm ? StolenHitState.Confirmed : StolenHitState.Dismissed;
        hit.DecidedBy = access.UserName;
        hit.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return CommandResult<StolenHitState>.Ok(hit.State);
    }
}
