namespace FocalPoint.Linkage.Tests;

public class EvaluationTests
{
    private static readonly Dictionary<string, string> Truth = new()
    {
        ["a:1"] = "X", ["b:1"] = "X", ["c:1"] = "X", ["a:2"] = "Y", ["b:2"] = "Y", ["a:3"] = "Z",
    };

    [Fact]
    public void BCubed_OneRecordMisplaced_KnownScores()
    {
        // X split into {a:1, b:1} and {c:1 with a:3}: per-record precision 1,1,1/2,1,1,1/2 and recall 2/3,2/3,1/3,1,1,1.
        var predicted = new Dictionary<string, string> { ["a:1"] = "P", ["b:1"] = "P", ["c:1"] = "Q", ["a:3"] = "Q", ["a:2"] = "R", ["b:2"] = "R" };

        var b3 = ThresholdSweep.BCubed(predicted, Truth);

        Assert.Equal(5.0 / 6, b3.Precision, 9);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 3) / 6, b3.Recall, 9);
    }

    [Fact]
    public void CrossSource_PairsWithinOneSource_NotCounted()
    {
        // a:1 and a:2 are wrongly joined but come from one source: cross-source mode does not see that pair.
        var predicted = new Dictionary<string, string> { ["a:1"] = "P", ["a:2"] = "P", ["b:1"] = "P", ["c:1"] = "P", ["b:2"] = "R", ["a:3"] = "S" };

        var pooled = CrossSourceEvaluation.Pooled(predicted, Truth, id => SourceTable.Split(id).Source);
        var perPair = CrossSourceEvaluation.PerSourcePair(predicted, Truth, id => SourceTable.Split(id).Source);

        Assert.Equal((3L, 2L, 1L), (pooled.TruePositives, pooled.FalsePositives, pooled.FalseNegatives));
        Assert.Equal(1, perPair["a|b"].FalseNegatives);
        Assert.Equal(1.0, perPair["b|c"].F1);
    }

    [Fact]
    public void ThresholdSweep_HigherThreshold_DropsWeakPairsAndTheirClusters()
    {
        List<(string, string, double)> pairs = [("a:1", "b:1", 0.99), ("b:1", "c:1", 0.95), ("a:2", "b:2", 0.6), ("a:1", "a:3", 0.55)];

        var sweep = ThresholdSweep.Run(pairs, Truth, [0.9, 0.5]);

        Assert.Equal([0.5, 0.9], sweep.Select(r => r.Threshold));
        Assert.Equal((4L, 1L), (sweep[0].Pairs.TruePositives + sweep[0].Pairs.FalsePositives, sweep[0].Pairs.FalsePositives));
        Assert.Equal(1.0, sweep[1].Clusters.Precision);
        Assert.Equal(3, sweep[1].Clusters.TruePositives);
        Assert.Equal(1, sweep[1].Clusters.FalseNegatives);
    }
}
