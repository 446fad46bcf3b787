using FocalPoint.Linkage.Blocking;
using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>
/// Fits the model: u from random pairs, m by EM once per blocking rule on that rule's pairs (leaving
/// out the comparisons its key fixes), averaged over rules, then moved towards reviewers' labels.
/// </summary>
internal static class Trainer
{
    // Pseudo-count of the EM estimate against labels: 20 labelled matches weigh as much as EM.
    private const double EmPseudoCount = 20;

    public static LinkageModel Train(LinkageSettings settings, PreparedData data, BlockingPlan plan, PairStore pairs,
        PatternCodec codec, IReadOnlyList<PairLabel> labels, Dictionary<int, double> sample, List<DependenceReport> dependent)
    {
        var u = USampler.Marginals(sample, codec, data.Comparisons);
        var runs = new List<TrainingRun>();
        var k = data.Comparisons.Length;
        var sums = u.Select(x => new double[x.Length]).ToArray();
        var weights = new double[k];
        double expectedMatches = 0;
        for (var r = 0; r < plan.Rules.Length; r++)
        {
            var (patterns, counts) = Histogram(pairs, codec, r);
            if (patterns.Length == 0) continue;
            var blocked = settings.BlockingRules[r].Keys.Select(x => x.Column).ToHashSet(StringComparer.Ordinal);
            var excluded = data.Comparisons.Select(c => c.Columns.Any(blocked.Contains)).ToArray();
            var em = ExpectationMaximisation.Run(patterns, counts, u, excluded, settings.EmIterations);
            runs.Add(new TrainingRun
            {
                Rule = plan.Rules[r].Name, Pairs = counts.Sum(), Starts = 3, BestStart = em.Start, Iterations = em.Iterations,
                LogLikelihood = em.LogLikelihood, MatchShare = em.Lambda,
            });
            // Rules overlap, so matches are counted once: those among pairs this rule found first.
            expectedMatches += em.MatchesExpected * FirstFound(pairs, r) / counts.Sum();
            for (var c = 0; c < k; c++)
            {
                if (excluded[c]) continue;
                for (var l = 0; l < sums[c].Length; l++) sums[c][l] += em.M[c][l] * em.MatchesExpected;
                weights[c] += em.MatchesExpected;
            }
        }
        var m = sums.Select((s, c) => weights[c] > 0 ? s.Select(x => x / weights[c]).ToArray() : ExpectationMaximisation.InitialM(u[c])).ToArray();
        var labelled = Labels.Apply(m, data, labels, EmPseudoCount);
        var model = Build(data, m, u, Prior(data, expectedMatches), labelled);
        model.Training = runs;
        model.DependentFields = dependent;
        return model;
    }

    private static double FirstFound(PairStore pairs, int rule)
    {
        long n = 0;
        foreach (var chunk in pairs.Chunks)
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                if (System.Numerics.BitOperations.TrailingZeroCount(chunk.Rules[i]) == rule) n++;
            }
        }
        return n;
    }

    public static (int[][] Patterns, double[] Counts) Histogram(PairStore pairs, PatternCodec codec, int rule)
    {
        var counts = new Dictionary<int, double>();
        foreach (var chunk in pairs.Chunks)
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                if ((chunk.Rules[i] & (1u << rule)) == 0) continue;
                counts[chunk.Pattern[i]] = counts.GetValueOrDefault(chunk.Pattern[i]) + 1;
            }
        }
        var keys = counts.Keys.Order().ToArray();
        var patterns = keys.Select(p => Enumerable.Range(0, codec.Count).Select(c => codec.Level(p, c)).ToArray()).ToArray();
        return (patterns, keys.Select(p => counts[p]).ToArray());
    }

    // Expected matches over all possible pairs of the run: EM's matches among candidates, assuming
    // blocking found (nearly) all of them, as Splink's deterministic-rule estimate also assumes.
    private static double Prior(PreparedData data, double matches)
    {
        double n1 = data.Source.Count(s => s != 0), n0 = data.Count - n1;
        var perSource = data.Source.GroupBy(s => s).Select(g => (double)g.Count()).ToArray();
        var within = perSource.Sum(n => n * (n - 1) / 2);
        var possible = data.Mode switch
        {
            PairMode.LinkOnly => (double)data.Count * (data.Count - 1) / 2 - within,
            PairMode.WithinSources => within,
            PairMode.Incremental => n0 * n1 + n1 * (n1 - 1) / 2,
            _ => (double)data.Count * (data.Count - 1) / 2,
        };
        return Math.Clamp(matches / Math.Max(possible, 1), 1e-12, 0.5);
    }

    private static LinkageModel Build(PreparedData data, double[][] m, double[][] u, double prior, int labelled) => new()
    {
        PriorMatchProbability = prior,
        LabelledPairs = labelled,
        Comparisons = [.. data.Comparisons.Select((c, k) => new ComparisonModel
        {
            Name = c.Name,
            Combines = c.Parts?.Select(p => p.Name).ToList(),
            Levels = [.. c.Labels.Select((label, l) => new LevelModel { Label = label, M = m[k][l], U = u[k][l] })],
        })],
    };
}
