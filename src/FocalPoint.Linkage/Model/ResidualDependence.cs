using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>
/// The check after EM: does the fitted model explain how two comparisons agree together? Fellegi-Sunter assumes
/// comparisons independent within each class, so the model implies a 2x2 table of agreement on both, on one, on the
/// other and on neither (λ·m₁·m₂ + (1−λ)·u₁·u₂ for both, and so on). Where the observed table is far more associated
/// than that (a postcode that never agrees without its town), the two carry the same evidence and the model counted it
/// twice; the check before EM, on random pairs, missed them or only reported them. Posterior weighting cannot show
/// this: the double-counted pairs are the ones the model already moved into the match class, and EM inflates the
/// match share so that the count of pairs agreeing on both looks explained. This is the bivariate residual of
/// latent-class models, read as an odds ratio on top agreement.
/// </summary>
internal static class ResidualDependence
{
    // Fits of generated files with independent fields stay under 2, a 100-person file's under 11; a town beside its
    // postcode gives 50 to 175.
    private const double MinOddsRatioExcess = 25;
    private const double MinJointPairs = 20;
    private const double MinExpectedCell = 5;
    private const int ShareIterations = 50;

    // fixedByRule: per blocking rule, per comparison, true when the rule's key fixes the comparison's columns. A pair
    // only counts for two comparisons when a rule that found it fixes neither: pairs found because both names are
    // equal agree on both names, whatever the people.
    public static List<DependenceReport> Detect(LinkageModel model, PatternCodec codec, PairStore pairs, PreparedComparison[] comparisons, bool[][] fixedByRule)
    {
        var histogram = Histogram(pairs);
        if (histogram.Count == 0) return [];
        var k = comparisons.Length;
        var patterns = histogram.Select(h => (Levels: Enumerable.Range(0, k).Select(c => codec.Level(h.Key.Pattern, c)).ToArray(), Count: h.Value)).ToArray();
        var rules = histogram.Select(h => h.Key.Rules).ToArray();
        var shares = new Dictionary<uint, double>();

        var found = new List<DependenceReport>();
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                var free = FreeRules(fixedByRule, i, j);
                if (free == 0) continue;
                var counted = rules.Select(r => (r & free) != 0).ToArray();
                // The rules find pairs with different shares of matches (one birth date among thousands holds more
                // namesakes than one name): the share is the counted pairs' own, read without the comparisons their
                // rules fix (equal by construction, they say nothing of the match), as in training.
                if (!shares.TryGetValue(free, out var share))
                {
                    var ignored = Enumerable.Range(0, k).Select(c => fixedByRule.Where((_, r) => (free & (1u << r)) != 0).Any(f => f[c])).ToArray();
                    var ratios = patterns.Select(p => BayesFactor(model, p.Levels, ignored)).ToArray();
                    shares[free] = share = MatchShare(ratios, patterns, counted);
                }
                if (Excess(model, share, patterns, counted, i, j) is { } excess)
                    found.Add(new DependenceReport(comparisons[i].Name, comparisons[j].Name, excess.Ratio, excess.Conditional, false) { AfterFit = true });
            }
        }
        return [.. found.OrderByDescending(d => d.Lift)];
    }

    private static uint FreeRules(bool[][] fixedByRule, int i, int j)
    {
        uint free = 0;
        for (var r = 0; r < fixedByRule.Length; r++)
        {
            if (!fixedByRule[r][i] && !fixedByRule[r][j]) free |= 1u << r;
        }
        return free;
    }

    private static Dictionary<(int Pattern, uint Rules), double> Histogram(PairStore pairs)
    {
        var counts = new Dictionary<(int, uint), double>();
        foreach (var chunk in pairs.Chunks)
        {
            for (var i = 0; i < chunk.Count; i++)
            {
                var key = (chunk.Pattern[i], chunk.Rules[i]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }

    private static double BayesFactor(LinkageModel model, int[] levels, bool[] ignored)
    {
        double r = 1;
        for (var c = 0; c < levels.Length; c++)
        {
            if (levels[c] < 0 || ignored[c]) continue;
            var level = model.Comparisons[c].Levels[levels[c]];
            r *= level.M / level.U;
        }
        return r;
    }

    /// <summary>The share of matches among the counted pairs, by EM on that share alone with m and u held fixed.</summary>
    private static double MatchShare(double[] ratio, (int[] Levels, double Count)[] patterns, bool[] counted)
    {
        var total = patterns.Where((_, p) => counted[p]).Sum(p => p.Count);
        if (total == 0) return 0.5;
        var share = 0.5;
        for (var iteration = 0; iteration < ShareIterations; iteration++)
        {
            double expected = 0;
            var odds = share / (1 - share);
            for (var p = 0; p < patterns.Length; p++)
            {
                if (!counted[p]) continue;
                expected += patterns[p].Count * (double.IsPositiveInfinity(ratio[p]) ? 1 : odds * ratio[p] / (1 + odds * ratio[p]));
            }
            share = Math.Clamp(expected / total, 1e-9, 1 - 1e-9);
        }
        return share;
    }

    /// <summary>
    /// The odds ratio of the two agreements in the counted pairs, observed over the model's (its mixture of two
    /// independent classes has an odds ratio of its own), when the excess is large; and the share of agreements on the
    /// rarer-agreeing one that come with agreement on the other. Half a pair is added to each cell, observed and
    /// expected alike, as usual for tables with an empty cell (a postcode that never agrees without its town).
    /// </summary>
    private static (double Ratio, double Conditional)? Excess(LinkageModel model, double share, (int[] Levels, double Count)[] patterns, bool[] counted, int i, int j)
    {
        double n = 0, ai = 0, aj = 0, both = 0;
        for (var p = 0; p < patterns.Length; p++)
        {
            var (levels, count) = patterns[p];
            if (!counted[p] || levels[i] < 0 || levels[j] < 0) continue;
            n += count;
            if (levels[i] == 0) ai += count;
            if (levels[j] == 0) aj += count;
            if (levels[i] == 0 && levels[j] == 0) both += count;
        }
        if (both < MinJointPairs) return null;
        var observed = OddsRatio(both, ai - both, aj - both, n - ai - aj + both);
        var (mi, ui) = (model.Comparisons[i].Levels[0].M, model.Comparisons[i].Levels[0].U);
        var (mj, uj) = (model.Comparisons[j].Levels[0].M, model.Comparisons[j].Levels[0].U);
        double Cell(double pi, double pj, double qi, double qj) => n * (share * pi * pj + (1 - share) * qi * qj);
        var (firstOnly, secondOnly) = (Cell(mi, 1 - mj, ui, 1 - uj), Cell(1 - mi, mj, 1 - ui, uj));

        // Where the model itself expects almost no pair to agree on one without the other, an empty cell is no news
        // (the usual rule for such tables: at least five expected).
        if (Math.Min(firstOnly, secondOnly) < MinExpectedCell) return null;
        var expected = OddsRatio(Cell(mi, mj, ui, uj), firstOnly, secondOnly, Cell(1 - mi, 1 - mj, 1 - ui, 1 - uj));
        var ratio = observed / expected;
        return ratio >= MinOddsRatioExcess ? (ratio, both / Math.Max(Math.Min(ai, aj), 1)) : null;
    }

    private static double OddsRatio(double both, double firstOnly, double secondOnly, double neither) =>
        (both + 0.5) * (neither + 0.5) / ((firstOnly + 0.5) * (secondOnly + 0.5));
}
