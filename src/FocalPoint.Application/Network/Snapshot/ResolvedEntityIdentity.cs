using FocalPoint.Data;
using FocalPoint.Domain.Resolution;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>
/// Makes the records of one resolved person or firearm (ADR 0012) one chart node, named by the entity's stable id.
/// Memberships are read in bulk without the change tracker at the start of each snapshot build; a membership that
/// still names an entity merged away is followed to the survivor, so a node never stands for an emptied entity.
/// One instance per build (scoped): the maps belong to that build.
/// </summary>
public sealed class ResolvedEntityIdentity : INodeIdentityResolver
{
    /// <summary>Merges re-point earlier pointers, so chains are short; the cap only guards against a corrupt cycle.</summary>
    private const int MaxMergeHops = 64;

    private readonly Dictionary<long, long> persons = [];
    private readonly Dictionary<long, long> firearms = [];

    public async Task PrepareAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        persons.Clear();
        firearms.Clear();
        var mergedInto = await db.ResolvedEntities.AsNoTracking().Where(e => e.MergedIntoId != null)
            .ToDictionaryAsync(e => e.Id, e => e.MergedIntoId!.Value, cancellationToken);
        await foreach (var m in db.EntityMemberships.AsNoTracking().Select(m => new { m.Kind, m.RecordId, m.EntityId })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            (m.Kind == ResolvedKind.Person ? persons : firearms)[m.RecordId] = Survivor(m.EntityId, mergedInto);
        }
    }

    public NodeIdentity IdentityOf(ChartNodeKind kind, long recordId)
    {
        var map = kind switch
        {
            ChartNodeKind.Person => persons,
            ChartNodeKind.Firearm => firearms,
            _ => null,
        };
        return map is not null && map.TryGetValue(recordId, out var entity) ? NodeIdentity.Entity(entity) : NodeIdentity.Record(recordId);
    }

    private static long Survivor(long entity, Dictionary<long, long> mergedInto)
    {
        for (var hop = 0; hop < MaxMergeHops && mergedInto.TryGetValue(entity, out var next); hop++)
        {
            entity = next;
        }

        return entity;
    }
}
