using FocalPoint.Application.Notifications;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Stolen;

/// <summary>
/// The automatic lost-and-stolen check: the firearms of newly recorded or imported incidents against the register,
/// each match stored once as a <see cref="StolenHit"/>, and the holders of both records told. Theft reports themselves are
/// not checked (they are the register).
/// </summary>
public sealed class CheckStolen(FocalPointDbContext db, StolenRegister register, TimeProvider time, Notify notify)
{
    /// <summary>Checks the firearms of the given incidents; returns the number of new hits.</summary>
    public async Task<int> CheckIncidentsAsync(IQueryable<long> incidentIds, CancellationToken ct = default)
    {
        await register.RefreshAsync(db, ct);
        var found = new List<StolenHit>();
        var now = time.GetUtcNow().UtcDateTime;
        var firearms = db.Firearms.AsNoTracking()
            .Where(f => incidentIds.Contains(f.IncidentId) && f.Incident!.Kind != IncidentKind.TheftOrLoss && f.SerialAsWritten != null)
            .Select(f => new { f.Id, f.SerialAsWritten, f.SerialNormalised, f.MakeId });
        await foreach (var f in firearms.AsAsyncEnumerable().WithCancellation(ct))
        {
            foreach (var c in register.Find(f.SerialAsWritten!, withPartial: false))
            {
                if (StolenMatching.RaisesHit(c.Level, f.MakeId, c.MakeId))
                {
                    found.Add(new StolenHit
                    {
                        FirearmId = f.Id, StolenFirearmId = c.FirearmId, Match = StolenMatching.Kind(c.Level, f.SerialNormalised, c.SerialNormalised),
                        FoundAtUtc = now, State = StolenHitState.Open,
                    });
                }
            }
        }

        return await StoreNewAsync(found, ct);
    }

    /// <summary>After an incident was corrected: a theft report's serials may have changed (the register is re-read), other firearms are checked again.</summary>
    public async Task<int> AfterEditAsync(long incidentId, IncidentKind kind, CancellationToken ct = default)
    {
        if (kind == IncidentKind.TheftOrLoss)
        {
            register.Invalidate();
            return 0;
        }

        return await CheckIncidentsAsync(db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Id), ct);
    }

    /// <summary>After an import committed: every firearm of the batch's incidents.</summary>
    public Task<int> AfterImportAsync(long batchId, CancellationToken ct = default) =>
        CheckIncidentsAsync(db.ImportRecords.Where(r => r.BatchId == batchId && r.RecordKind == "Incident").Select(r => r.RecordId), ct);

    private const int KnownChunk = 500;

    // A firearm checked again (an edited incident) keeps its earlier hits and their decisions.
    private async Task<int> StoreNewAsync(List<StolenHit> found, CancellationToken ct)
    {
        if (found.Count == 0)
        {
            return 0;
        }

        // In chunks: a large import finds hits on thousands of firearms, more than SQLite takes as query parameters.
        var known = new HashSet<(long, long)>();
        foreach (var chunk in found.Select(h => h.FirearmId).Distinct().Chunk(KnownChunk))
        {
            var hits = await db.StolenHits.AsNoTracking().Where(h => chunk.Contains(h.FirearmId))
                .Select(h => new { h.FirearmId, h.StolenFirearmId }).ToListAsync(ct);
            known.UnionWith(hits.Select(h => (h.FirearmId, h.StolenFirearmId)));
        }

        var fresh = found.Where(h => known.Add((h.FirearmId, h.StolenFirearmId))).ToList();
        db.StolenHits.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        await notify.IncludingActorAsync(await StolenHitHolders.DraftsAsync(db, fresh, ct), ct);
        return fresh.Count;
    }
}
