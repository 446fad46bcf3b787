namespace FocalPoint.Linkage;

/// <summary>Optional inputs of a run.</summary>
public sealed class LinkOptions
{
    /// <summary>A trained model to score with; null trains one on this run's data.</summary>
    public LinkageModel? Model { get; init; }

    /// <summary>Reviewers' decisions: accepted pairs train m and are always joined; rejected pairs never form an edge.</summary>
    public IReadOnlyList<PairLabel> Labels { get; init; } = [];

    /// <summary>Record id to cluster id from the previous run, so that clusters keep their ids.</summary>
    public IReadOnlyDictionary<string, string>? PreviousClusters { get; init; }
}
