using System.Globalization;
using FocalPoint.Data;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Linkage;

/// <summary>
/// Moves records between resolved entities on a tracked context, writing the history on both sides and the labels
/// that teach the model. Callers save. Shared by review decisions, merges and splits so that all three leave the
/// same trail.
/// </summary>
internal sealed class EntityChanges(FocalPointDbContext db, TimeProvider time)
{
    /// <summary>Moves every record of <paramref name="absorbed"/> into <paramref name="survivor"/>; the absorbed id stays as a pointer.</summary>
    public async Task MergeAsync(ResolvedEntity survivor, ResolvedEntity absorbed, string justification, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var members = await db.EntityMemberships.Where(m => m.EntityId == absorbed.Id).ToListAsync(cancellationToken);
        foreach (var m in members)
        {
            (m.EntityId, m.AssignedAtUtc) = (survivor.Id, now);
        }

        absorbed.MergedIntoId = survivor.Id;
        foreach (var earlier in await db.ResolvedEntities.Where(e => e.MergedIntoId == absorbed.Id).ToListAsync(cancellationToken))
        {
            earlier.MergedIntoId = survivor.Id;
        }

        db.Entry(survivor).State = EntityState.Modified;
        var ids = members.Select(m => m.RecordId).ToList();
        History(survivor.Id, EntityChange.Merged, absorbed.Id, ids, justification);
        History(absorbed.Id, EntityChange.MergedInto, survivor.Id, ids, justification);
        var survivorFirst = await db.EntityMemberships.Where(m => m.EntityId == survivor.Id).MinAsync(m => (long?)m.RecordId, cancellationToken);
        if (survivorFirst is { } first && ids.Count > 0)
        {
            await LabelAsync(survivor.Kind, first, ids.Min(), isMatch: true, LabelSource.Merge, cancellationToken);
        }
    }

    /// <summary>Moves <paramref name="recordIds"/> out of <paramref name="entity"/> into a new entity, and labels them apart from the rest.</summary>
    public async Task<ResolvedEntity> SplitAsync(ResolvedEntity entity, IReadOnlyCollection<long> recordIds, string justification, int maxLabels, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var members = await db.EntityMemberships.Where(m => m.EntityId == entity.Id).ToListAsync(cancellationToken);
        var created = new ResolvedEntity { Kind = entity.Kind };
        db.ResolvedEntities.Add(created);
        foreach (var m in members.Where(m => recordIds.Contains(m.RecordId)))
        {
            m.Entity = created;
            m.AssignedAtUtc = now;
        }

        db.Entry(entity).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        var moved = recordIds.Order().ToList();
        History(entity.Id, EntityChange.Split, created.Id, moved, justification);
        History(created.Id, EntityChange.SplitFrom, entity.Id, moved, justification);
        var kept = members.Where(m => !recordIds.Contains(m.RecordId)).Select(m => m.RecordId).Order();
        foreach (var (a, b) in moved.SelectMany(a => kept.Select(b => (a, b))).Take(maxLabels))
        {
            await LabelAsync(entity.Kind, a, b, isMatch: false, LabelSource.Split, cancellationToken);
        }

        return created;
    }

    /// <summary>Records (or overturns) a decision on a pair: the newest decision on a pair is the one that trains.</summary>
    public async Task LabelAsync(ResolvedKind kind, long a, long b, bool isMatch, LabelSource source, CancellationToken cancellationToken)
    {
        var (left, right) = a < b ? (a, b) : (b, a);
        var label = db.MatchLabels.Local.FirstOrDefault(l => l.Kind == kind && l.LeftRecordId == left && l.RightRecordId == right)
            ?? await db.MatchLabels.FirstOrDefaultAsync(l => l.Kind == kind && l.LeftRecordId == left && l.RightRecordId == right, cancellationToken);
        if (label is null)
        {
            db.MatchLabels.Add(new MatchLabel { Kind = kind, LeftRecordId = left, RightRecordId = right, IsMatch = isMatch, Source = source });
        }
        else
        {
            (label.IsMatch, label.Source) = (isMatch, source);
        }
    }

    public void History(long entityId, EntityChange change, long? other, IEnumerable<long> recordIds, string? justification, long? runId = null) =>
        db.EntityHistory.Add(new EntityHistoryEntry
        {
            EntityId = entityId, Change = change, OtherEntityId = other, RecordIds = JoinIds(recordIds), Justification = justification, RunId = runId,
        });

    /// <summary>Comma-separated ids, cut at the column's length with a trailing count so the history never fails to save.</summary>
    public static string JoinIds(IEnumerable<long> ids)
    {
        var all = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var text = string.Join(',', all);
        if (text.Length <= EntityHistoryEntry.MaxRecordIdsLength)
        {
            return text;
        }

        var cut = text[..(EntityHistoryEntry.MaxRecordIdsLength - 40)];
        var kept = cut[..cut.LastIndexOf(',')];
        return $"{kept},… (+{all.Count - kept.Count(c => c == ',') - 1})";
    }
}
