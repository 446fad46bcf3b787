using FocalPoint.Data;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>
/// Decides which chart node a registry record becomes. <see cref="ResolvedEntityIdentity"/> (registered) maps the
/// person and firearm records of one resolved entity to that entity, so they are one node; records without an entity
/// stay nodes of their own, as every record is with <see cref="RecordNodeIdentity"/>.
/// </summary>
public interface INodeIdentityResolver
{
    /// <summary>Loads whatever the mapping needs, once per snapshot build, in the build's own context.</summary>
    Task PrepareAsync(FocalPointDbContext db, CancellationToken cancellationToken);

    /// <summary>The node for a record of <paramref name="kind"/>; the same node for records of the same entity.</summary>
    NodeIdentity IdentityOf(ChartNodeKind kind, long recordId);
}

/// <summary>A node is either one record (its id) or one resolved entity (the entity's id, a different number space).</summary>
public readonly record struct NodeIdentity(long Id, bool IsEntity)
{
    public static NodeIdentity Record(long id) => new(id, false);

    public static NodeIdentity Entity(long id) => new(id, true);
}

/// <summary>Each record is its own node (the behaviour before entity resolution; benchmarks of the raw registry).</summary>
public sealed class RecordNodeIdentity : INodeIdentityResolver
{
    public Task PrepareAsync(FocalPointDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public NodeIdentity IdentityOf(ChartNodeKind kind, long recordId) => NodeIdentity.Record(recordId);
}
