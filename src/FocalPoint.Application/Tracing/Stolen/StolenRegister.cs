using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using FocalPoint.Linkage.Serials;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tracing.Stolen;

/// <summary>A firearm of the lost-and-stolen register that met a looked-up serial.</summary>
public readonly record struct StolenCandidate(long FirearmId, int? MakeId, string? SerialNormalised, SerialLevel Level);

/// <summary>
/// The lost-and-stolen register (the firearms of TheftOrLoss incidents) held in memory as the linkage engine's
/// <see cref="SerialIndex"/>, one per process. Every look-up first reads the register's firearms added since the last
/// one (a primary-key range: nothing new costs one index probe), so a theft recorded on another node is found at once;
/// edits and deletions of register records are picked up by a full rebuild after <see cref="MaxAge"/>.
/// </summary>
public sealed class StolenRegister(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private readonly Lock gate = new();
    private Snapshot current = new(new SerialIndex(), [], [], [], 0, DateTime.MinValue);

    private sealed record Snapshot(SerialIndex Index, List<long> Ids, List<int?> Makes, List<string?> Plain, long LastId, DateTime BuiltAtUtc);

    /// <summary>Register firearms whose serial meets <paramref name="serialAsWritten"/>.</summary>
    public async Task<IReadOnlyList<StolenCandidate>> FindAsync(FocalPointDbContext db, string serialAsWritten, bool withPartial, CancellationToken ct)
    {
        await RefreshAsync(db, ct);
        return Find(serialAsWritten, withPartial);
    }

    /// <summary>Looks up without refreshing: for a bulk check that refreshed once before its loop.</summary>
    public IReadOnlyList<StolenCandidate> Find(string serialAsWritten, bool withPartial)
    {
        lock (gate)
        {
            var s = current;
            return [.. s.Index.Find(serialAsWritten, withPartial).Select(h => new StolenCandidate(s.Ids[h.Item], s.Makes[h.Item], s.Plain[h.Item], h.Level))];
        }
    }

    /// <summary>Brings the index up to date: new register firearms appended, or everything re-read when the index is old.</summary>
    public async Task RefreshAsync(FocalPointDbContext db, CancellationToken ct)
    {
        await refreshing.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (now - current.BuiltAtUtc > MaxAge)
            {
                await RebuildAsync(db, now, ct);
            }
            else
            {
                await AppendAsync(db, ct);
            }
        }
        finally
        {
            refreshing.Release();
        }
    }

    // The whole register at once (the theft incidents drive the join), and the highest firearm id of the registry.
    private async Task RebuildAsync(FocalPointDbContext db, DateTime now, CancellationToken ct)
    {
        var last = await db.Firearms.MaxAsync(f => (long?)f.Id, ct) ?? 0;
        var rows = await db.Firearms.AsNoTracking()
            .Where(f => f.Id <= last && f.Incident!.Kind == IncidentKind.TheftOrLoss)
            .Select(f => new { f.Id, f.SerialAsWritten, f.SerialNormalised, f.MakeId })
            .ToListAsync(ct);
        var index = SerialIndex.Build(rows.Select(r => r.SerialAsWritten));
        var fresh = new Snapshot(index, [.. rows.Select(r => r.Id)], [.. rows.Select(r => r.MakeId)], [.. rows.Select(r => r.SerialNormalised)], last, now);
        lock (gate) current = fresh;
    }

    // Every firearm recorded since the last look-up, by primary-key range (one probe when there is none), keeping the thefts.
    private async Task AppendAsync(FocalPointDbContext db, CancellationToken ct)
    {
        var after = current.LastId;
        var rows = await db.Firearms.AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.SerialAsWritten, f.SerialNormalised, f.MakeId, Theft = f.Incident!.Kind == IncidentKind.TheftOrLoss })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            foreach (var r in rows.Where(r => r.Theft))
            {
                current.Index.Add(r.SerialAsWritten);
                current.Ids.Add(r.Id);
                current.Makes.Add(r.MakeId);
                current.Plain.Add(r.SerialNormalised);
            }

            current = current with { LastId = rows[^1].Id };
        }
    }

    /// <summary>Forces the next look-up to re-read the whole register (after an edit or a deletion in this process).</summary>
    public void Invalidate()
    {
        lock (gate) current = current with { BuiltAtUtc = DateTime.MinValue };
    }
}
