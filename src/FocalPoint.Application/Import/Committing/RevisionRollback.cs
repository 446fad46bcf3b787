using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Import.Committing;

/// <summary>
/// The updates a batch made to earlier imports' records, undone newest first: each incident and its items get back the
/// values (and stamps) they had, and the provenance its earlier content hash. Refused when an incident was edited since.
/// </summary>
internal static class RevisionRollback
{
    /// <summary>Why the batch's records cannot be rolled back because of updates, or null.</summary>
    public static async Task<string?> BlockerAsync(FocalPointDbContext db, long batchId, CancellationToken ct)
    {
        var records = db.ImportRecords.Where(r => r.BatchId == batchId).Select(r => r.Id);
        var later = await db.ImportRevisions.Where(r => r.BatchId != batchId && records.Contains(r.ImportRecordId))
            .OrderByDescending(r => r.BatchId).Select(r => (long?)r.BatchId).FirstOrDefaultAsync(ct);
        if (later is { } other)
        {
            return $"batch {other} updated its records since: roll that batch back first";
        }

        var revised = await db.ImportRevisions.Where(r => r.BatchId == batchId).Select(r => new { r.IncidentId, r.VersionAfter }).ToListAsync(ct);
        foreach (var chunk in revised.Chunk(1000))
        {
            var ids = chunk.Select(r => r.IncidentId).ToList();
            var versions = await db.Incidents.Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Version }).ToDictionaryAsync(i => i.Id, i => i.Version, ct);
            if (chunk.Any(r => versions.GetValueOrDefault(r.IncidentId) != r.VersionAfter))
            {
                return "an incident it updated was edited since";
            }
        }

        return null;
    }

    /// <summary>Restores every record the batch updated; returns how many.</summary>
    public static async Task<int> RestoreAsync(FocalPointDbContext db, long batchId, CancellationToken ct)
    {
        var revisions = await db.ImportRevisions.Where(r => r.BatchId == batchId).OrderByDescending(r => r.Id).ToListAsync(ct);
        foreach (var revision in revisions)
        {
            var before = RecordSnapshot.Read(revision.PreviousJson);
            var incident = await db.Incidents.Include(i => i.Firearms).Include(i => i.Ammunition).Include(i => i.Explosives)
                .AsSplitQuery().FirstAsync(i => i.Id == revision.IncidentId, ct);
            db.Entry(incident).CurrentValues.SetValues(before.Incident);
            Restore(db, incident.Firearms, before.Firearms);
            Restore(db, incident.Ammunition, before.Ammunition);
            Restore(db, incident.Explosives, before.Explosives);
            await db.SaveChangesAsync(ct);

            // Saving stamped the incident as changed now; it is as it was, stamps included, so the earlier batch can still be rolled back.
            var (updatedAt, updatedBy, version) = (before.Incident.UpdatedAtUtc, before.Incident.UpdatedBy, before.Incident.Version);
            await db.Incidents.Where(i => i.Id == incident.Id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.UpdatedAtUtc, updatedAt).SetProperty(i => i.UpdatedBy, updatedBy).SetProperty(i => i.Version, version), ct);
            await db.ImportRecords.Where(r => r.Id == revision.ImportRecordId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ContentHash, revision.PreviousContentHash), ct);
            foreach (var entry in db.ChangeTracker.Entries<Domain.Common.AuditableEntity>().ToList())
            {
                entry.State = EntityState.Detached;
            }
        }

        await db.ImportRevisions.Where(r => r.BatchId == batchId).ExecuteDeleteAsync(ct);
        return revisions.Count;
    }

    private static void Restore<T>(FocalPointDbContext db, List<T> current, List<T> before)
        where T : Domain.Common.AuditableEntity
    {
        foreach (var item in current)
        {
            if (before.FirstOrDefault(b => b.Id == item.Id) is { } earlier)
            {
                db.Entry(item).CurrentValues.SetValues(earlier);
            }
        }
    }
}
