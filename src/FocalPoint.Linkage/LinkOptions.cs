namespace FocalPoint.Linkage;

/// <summary>Optional inputs of a run.</summary>
public sealed class LinkOptions
{
    /// <summary>A trained model to score with; null trains one on this run's data.</summary>
    public LinkageModel? Model { get; init; }

    /// <summary>Reviewers' decisions: accepted pairs train m and are always joined; rejected pairs never form an edge.</summary>
    public IReadOnlyList<PairLabel> Labels { get; init; } = [];

    /// <summary>
    /// List every compared pair at or above this probability in <see cref="LinkageResult.Pairs"/>; null lists those at or
    /// above the settings' review threshold. 0 lists every compared pair (memory grows with the candidate pairs).
    /// </summary>
    public double? MinPairProbability { get; init; }

    /// <summary>Record id to cluster id from the previous run, so that clusters keep their ids.</summary>
    public IReadOnlyDictionary<string, string>? PreviousClusters { get; init; }
}
