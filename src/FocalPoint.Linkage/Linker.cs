using System.Diagnostics;
using FocalPoint.Linkage.Blocking;
using FocalPoint.Linkage.Clustering;
using FocalPoint.Linkage.Data;
using FocalPoint.Linkage.Model;

namespace FocalPoint.Linkage;

/// <summary>
/// The entity-resolution engine: deduplicates one table, links two, or links new records against
/// existing entities. Settings and input are checked before any work; faults raise
/// <see cref="LinkageException"/>. Thread-safe: a linker holds only its settings.
/// </summary>
public sealed class Linker
{
    private readonly LinkageSettings _settings;

    /// <summary>Creates a linker for the given settings (checked against each input when it runs).</summary>
    public Linker(LinkageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
    }

    /// <summary>Finds the records of one table that are the same entity.</summary>
    public LinkageResult Deduplicate(RecordTable records, LinkOptions? options = null) =>
        Run([records], PairMode.Dedupe, options ?? new LinkOptions());

    /// <summary>Links two tables: only pairs with one record from each are compared.</summary>
    public LinkageResult Link(RecordTable left, RecordTable right, LinkOptions? options = null) =>
        Run([left, right], PairMode.LinkOnly, options ?? new LinkOptions());

    /// <summary>
    /// Links new records against existing entities without comparing existing records again: only
    /// pairs involving a new record are compared, existing clusters are kept whole and keep their ids.
    /// <paramref name="options"/> must carry the existing records' <see cref="LinkOptions.PreviousClusters"/>
    /// and should carry the <see cref="LinkOptions.Model"/> trained on the full data.
    /// </summary>
    public LinkageResult LinkIncremental(RecordTable existing, RecordTable incoming, LinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PreviousClusters is null)
            throw new LinkageException("Incremental linking needs the existing records' clusters (PreviousClusters).");
        return Run([existing, incoming], PairMode.Incremental, options);
    }

    /// <summary>Trains a model on one table (u by sampling, m by EM, moved towards the labels).</summary>
    public LinkageModel Train(RecordTable records, IReadOnlyList<PairLabel>? labels = null)
    {
        var (data, plan, codec, pairs) = Compare([records], PairMode.Dedupe);
        return Trainer.Train(_settings, data, plan, pairs, codec, labels ?? []);
    }

    private (PreparedData, BlockingPlan, PatternCodec, PairStore) Compare(RecordTable[] tables, PairMode mode)
    {
        foreach (var t in tables) ArgumentNullException.ThrowIfNull(t);
        var data = Preparer.Prepare(_settings, tables, mode);
        var plan = BlockingPlan.Build(_settings, tables);
        var codec = new PatternCodec(data.Comparisons);
        var pairs = PairGenerator.Run(plan, data, codec, _settings.Parallelism);
        return (data, plan, codec, pairs);
    }

    private LinkageResult Run(RecordTable[] tables, PairMode mode, LinkOptions options)
    {
        var clock = Stopwatch.StartNew();
        var (data, plan, codec, pairs) = Compare(tables, mode);
        var model = options.Model ?? Trainer.Train(_settings, data, plan, pairs, codec, options.Labels);
        var scorer = new Scorer(model, data, codec);
        var (scored, edges) = PairScoring.Score(pairs, scorer, data, _settings, options.MinPairProbability);
        var sets = Edges.Join(data, edges, options, mode);
        var clusters = ClusterBuilder.Build(data.Ids, sets, options.PreviousClusters);
        var report = plan.Report with { CandidatePairs = pairs.Count };
        return new LinkageResult(scored, clusters, report, scorer, data.Count, clock.Elapsed) { BadValues = data.BadValues };
    }
}
