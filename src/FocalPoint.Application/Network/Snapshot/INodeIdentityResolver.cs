using FocalPoint.Data;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>
/// Decides which chart node a registry record becomes. Today every person and firearm record is its own node
/// (<see cref="RecordNodeIdentity"/>); once entity resolution has reviewed clusters, a resolver that maps the records
/// of one human or one gun to the same entity id makes them one node, and the snapshot, the need-to-know rules and
/// the chart need no change (a merged node is visible when any of its records is).
/// </summary>
public interface INodeIdentityResolver
{
    /// <summary>Loads whatever the mapping needs, once per snapshot build.</summary>
    Task PrepareAsync(FocalPointDbContext db, CancellationToken cancellationToken);

    /// <summary>The node id for a record of <paramref name="kind"/>; the same id for records of the same entity.</summary>
    long NodeIdOf(ChartNodeKind kind, long recordId);
}

/// <summary>Each record is its own node: the behaviour until resolved entities exist.</summary>
public sealed class RecordNodeIdentity : INodeIdentityResolver
{
    public Task PrepareAsync(FocalPointDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public long NodeIdOf(ChartNodeKind kind, long recordId) => recordId;
}
