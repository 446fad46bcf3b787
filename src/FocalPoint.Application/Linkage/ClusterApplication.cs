using System.Globalization;
using FocalPoint.Data;
using FocalPoint.Domain.Resolution;
using FocalPoint.Linkage;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// Writes a run's clusters as stored entities. A cluster named after a stored entity ("E12") is that entity: new
/// records join it; records of another stored entity that the run bridged in are moved, and an entity left empty
/// points to the one that absorbed it. Every other cluster becomes a new entity.
/// </summary>
internal sealed class ClusterApplication(FocalPointDbContext db, EntityChanges changes, TimeProvider time)
{
    public sealed record Outcome(int EntitiesCreated, int RecordsJoined);

    public static string ClusterName(long entityId) => "E" + entityId.ToString(CultureInfo.InvariantCulture);

    public async Task<Outcome> ApplyAsync(ResolvedKind kind, ClusterSet clusters, Dictionary<long, long> memberships, long runId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var created = new List<ResolvedEntity>();
        var joined = 0;
        var emptied = new Dictionary<long, long>();
        foreach (var cluster in clusters.Clusters)
        {
            var records = cluster.MemberIds.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToList();
            var target = Stored(cluster.Id) ?? records.Where(memberships.ContainsKey).Select(r => (long?)memberships[r]).Min();
            if (target is null)
            {
                var entity = new ResolvedEntity { Kind = kind };
                entity.Members.AddRange(records.Select(r => new EntityMembership { Kind = kind, RecordId = r, AssignedAtUtc = now }));
                created.Add(entity);
                continue;
            }

            var added = records.Where(r => !memberships.ContainsKey(r)).ToList();
            db.EntityMemberships.AddRange(added.Select(r => new EntityMembership { Kind = kind, RecordId = r, EntityId = target.Value, AssignedAtUtc = now }));
            if (added.Count > 0)
            {
                changes.History(target.Value, EntityChange.RecordsAdded, null, added, null, runId);
                joined += added.Count;
            }

            foreach (var from in records.Where(r => memberships.TryGetValue(r, out var e) && e != target).GroupBy(r => memberships[r]))
            {
                var moved = from.ToList();
                await db.EntityMemberships.Where(m => m.Kind == kind && moved.Contains(m.RecordId))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.EntityId, target.Value).SetProperty(m => m.AssignedAtUtc, now), ct);
                changes.History(target.Value, EntityChange.Merged, from.Key, moved, null, runId);
                changes.History(from.Key, EntityChange.MergedInto, target.Value, moved, null, runId);
                emptied[from.Key] = target.Value;
            }
        }

        await MarkAbsorbedAsync(emptied, ct);
        db.ResolvedEntities.AddRange(created);
        await db.SaveChangesAsync(ct);
        foreach (var entity in created)
        {
            changes.History(entity.Id, EntityChange.Created, null, entity.Members.Select(m => m.RecordId), null, runId);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new Outcome(created.Count, joined);
    }

    private async Task MarkAbsorbedAsync(Dictionary<long, long> emptied, CancellationToken ct)
    {
        foreach (var (absorbed, survivor) in emptied)
        {
            if (!await db.EntityMemberships.AnyAsync(m => m.EntityId == absorbed, ct))
            {
                var entity = await db.ResolvedEntities.FirstAsync(e => e.Id == absorbed, ct);
                entity.MergedIntoId = survivor;
            }
        }
    }

    private static long? Stored(string clusterId) =>
        clusterId.StartsWith('E') && long.TryParse(clusterId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
