using FocalPoint.Linkage.Model;

namespace FocalPoint.Linkage;

/// <summary>What a run produced: scored pairs, entities, the blocking report and the model used.</summary>
public sealed class LinkageResult
{
    private readonly Scorer _scorer;

    internal LinkageResult(IReadOnlyList<ScoredPair> pairs, ClusterSet clusters, BlockingReport blocking, Scorer scorer,
        int records, TimeSpan elapsed)
    {
        Pairs = pairs;
        Clusters = clusters;
        Blocking = blocking;
        _scorer = scorer;
        Records = records;
        Elapsed = elapsed;
    }

    /// <summary>Pairs at or above the review threshold, ordered by left then right record.</summary>
    public IReadOnlyList<ScoredPair> Pairs { get; }

    /// <summary>Entities over every record of the run.</summary>
    public ClusterSet Clusters { get; }

    /// <summary>Blocks and candidate-pair counts.</summary>
    public BlockingReport Blocking { get; }

    /// <summary>The model that scored the pairs (trained in this run or given in the options).</summary>
    public LinkageModel Model => _scorer.Model;

    /// <summary>Records in the run (both sides when linking).</summary>
    public int Records { get; }

    /// <summary>Wall time of the run, measured with a monotonic clock.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Per compared column, values that could not be read and were treated as missing (empty when none).</summary>
    public IReadOnlyList<BadValueReport> BadValues { get; init; } = [];

    /// <summary>Comparisons whose evidence overlaps (a town beside its postcode): combined into one, or reported only.</summary>
    public IReadOnlyList<DependenceReport> DependentFields { get; init; } = [];

    /// <summary>The largest clusters and the weakest bridges, for a first look at what may have chained.</summary>
    public ClusterReport ClusterReport { get; init; } = new([], []);

    /// <summary>The per-field waterfall behind a pair from <see cref="Pairs"/>.</summary>
    public PairExplanation Explain(ScoredPair pair) => _scorer.Explain(pair.Left, pair.Right, pair.Pattern);

    /// <summary>
    /// The waterfall of any two records of the run by id ("source:id" with named sources), whether blocking paired
    /// them or not; throws <see cref="LinkageException"/> for an id not in the run.
    /// </summary>
    public PairExplanation Explain(string leftId, string rightId)
    {
        var index = _scorer.IndexOf(leftId);
        var other = _scorer.IndexOf(rightId);
        return _scorer.Explain(index, other);
    }
}
