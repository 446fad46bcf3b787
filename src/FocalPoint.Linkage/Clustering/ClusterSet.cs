namespace FocalPoint.Linkage;

/// <summary>Resolved entities: every record of the run in exactly one cluster (singletons included).</summary>
public sealed class ClusterSet
{
    private readonly Dictionary<string, string> _clusterOf;

    internal ClusterSet(IReadOnlyList<Cluster> clusters, Dictionary<string, string> clusterOf)
    {
        Clusters = clusters;
        _clusterOf = clusterOf;
    }

    /// <summary>Clusters ordered by id (ordinal).</summary>
    public IReadOnlyList<Cluster> Clusters { get; }

    /// <summary>Record id to cluster id; pass it back as <see cref="LinkOptions.PreviousClusters"/> to keep ids.</summary>
    public IReadOnlyDictionary<string, string> Assignments => _clusterOf;

    /// <summary>The cluster id of a record; throws for an id not in the run.</summary>
    public string ClusterOf(string recordId) =>
        _clusterOf.TryGetValue(recordId, out var c) ? c : throw new LinkageException($"Record '{recordId}' is not in this run.");
}

/// <summary>One resolved entity.</summary>
/// <param name="Id">Stable id: inherited from the previous run's cluster that held most of its members, otherwise its smallest record id.</param>
/// <param name="MemberIds">Record ids, ordinal order.</param>
public sealed record Cluster(string Id, IReadOnlyList<string> MemberIds);
