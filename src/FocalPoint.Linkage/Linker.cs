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

    /// <summary>
    /// Links any number of named sources. The settings' linkType says which pairs: "link" (across sources only, the
    /// default for two or more), "link-and-dedupe" (also within each) or "dedupe" (within each only). Record ids
    /// need be unique only within their source; results name records "source:id" (see <see cref="SourceTable.Split"/>).
    /// </summary>
    public LinkageResult LinkSources(IReadOnlyList<SourceTable> sources, LinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0) throw new LinkageException("Give at least one source.");
        return Run([.. sources.Select(s => s.Records)], SourceMode(sources.Count), options ?? new LinkOptions(), [.. sources.Select(s => s.Name)]);
    }

    /// <summary>Trains a model on one table (u by sampling, m by EM, moved towards the labels).</summary>
    public LinkageModel Train(RecordTable records, IReadOnlyList<PairLabel>? labels = null)
    {
        var (data, plan, codec, pairs) = Compare([records], PairMode.Dedupe, null);
        return Fit(data, plan, codec, pairs, labels ?? [], null).Model;
    }

    /// <summary>Trains a model on named sources, comparing the pairs <see cref="LinkSources"/> would.</summary>
    public LinkageModel Train(IReadOnlyList<SourceTable> sources, IReadOnlyList<PairLabel>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var (data, plan, codec, pairs) = Compare([.. sources.Select(s => s.Records)], SourceMode(sources.Count), [.. sources.Select(s => s.Name)]);
        return Fit(data, plan, codec, pairs, labels ?? [], null).Model;
    }

    private PairMode SourceMode(int count) => _settings.LinkType switch
    {
        "dedupe" => count == 1 ? PairMode.Dedupe : PairMode.WithinSources,
        "link-and-dedupe" => PairMode.Dedupe,
        "link" => count == 1 ? throw new LinkageException("linkType 'link' needs two or more sources.") : PairMode.LinkOnly,
        _ => count == 1 ? PairMode.Dedupe : PairMode.LinkOnly,
    };

    // u from random pairs; comparisons carrying the same evidence combined (or only reported); then EM, unless a model
    // is given, whose combinations are then followed so that its levels fit; then the same question asked again of the
    // fitted model (ResidualDependence), because the random pairs before EM can miss what the compared pairs show.
    private (LinkageModel Model, PreparedData Data, PatternCodec Codec, List<DependenceReport> Dependent) Fit(PreparedData data,
        BlockingPlan plan, PatternCodec codec, PairStore pairs, IReadOnlyList<PairLabel> labels, LinkageModel? given)
    {
        if (given is not null)
        {
            var combos = given.Comparisons.Where(c => c.Combines is { Count: 2 }).Select(c => (c.Combines![0], c.Combines[1])).ToList();
            if (combos.Count == 0) return (given, data, codec, []);
            var (d, c, _, _) = DependentFields.Combine(data, codec, pairs, [], [], combos);
            return (given, d, c, []);
        }
        var sample = USampler.Sample(data, codec, _settings.USampleSize, _settings.Seed);
        var found = _settings.DependentFields == "ignore" ? [] : DependentFields.Detect(sample, codec, data.Comparisons);
        var dependent = found;
        if (_settings.DependentFields == "combine" && found.Count > 0)
            (data, codec, sample, dependent) = DependentFields.Combine(data, codec, pairs, sample, found);
        var model = Trainer.Train(_settings, data, plan, pairs, codec, labels, sample, dependent);
        if (_settings.DependentFields != "ignore")
        {
            dependent = [.. dependent, .. ResidualDependence.Detect(model, codec, pairs, data.Comparisons, FixedByRule(data))];
            model.DependentFields = dependent;
        }
        return (model, data, codec, dependent);
    }

    private bool[][] FixedByRule(PreparedData data) =>
    [
        .. _settings.BlockingRules.Select(rule =>
        {
            var keys = rule.Keys.Select(x => x.Column).ToHashSet(StringComparer.Ordinal);
            return data.Comparisons.Select(c => c.Columns.Any(keys.Contains)).ToArray();
        }),
    ];

    private (PreparedData, BlockingPlan, PatternCodec, PairStore) Compare(RecordTable[] tables, PairMode mode, string[]? names)
    {
        foreach (var t in tables) ArgumentNullException.ThrowIfNull(t);
        var data = Preparer.Prepare(_settings, tables, mode, names);
        var plan = BlockingPlan.Build(_settings, tables);
        var codec = new PatternCodec(data.Comparisons);
        var pairs = PairGenerator.Run(plan, data, codec, _settings.Parallelism);
        return (data, plan, codec, pairs);
    }

    private LinkageResult Run(RecordTable[] tables, PairMode mode, LinkOptions options, string[]? names = null)
    {
        var clock = Stopwatch.StartNew();
        var (data0, plan, codec0, pairs) = Compare(tables, mode, names);
        var (model, data, codec, dependent) = Fit(data0, plan, codec0, pairs, options.Labels, options.Model);
        var scorer = new Scorer(model, data, codec);
        var (scored, edges) = PairScoring.Score(pairs, scorer, data, _settings, options.MinPairProbability);
        var sets = Edges.Join(data, edges, options, mode, _settings.Clustering);
        var clusters = ClusterBuilder.Build(data.Ids, sets, options.PreviousClusters);
        var report = plan.Report with { CandidatePairs = pairs.Count };
        return new LinkageResult(scored, clusters, report, scorer, data.Count, clock.Elapsed) { BadValues = data.BadValues, DependentFields = dependent, ClusterReport = ClusterDiagnostics.Build(data, edges, clusters) };
    }
}
