using FocalPoint.Linkage.Model;

namespace FocalPoint.Linkage.Tests;

public class ModelTests
{
    [Fact]
    public void Run_SyntheticPatternsFromKnownModel_RecoversM()
    {
        // Three comparisons with three levels; pairs drawn from a known mixture with lambda 0.2.
        double[][] m = [[0.8, 0.15, 0.05], [0.7, 0.2, 0.1], [0.9, 0.05, 0.05]];
        double[][] u = [[0.05, 0.1, 0.85], [0.1, 0.2, 0.7], [0.02, 0.08, 0.9]];
        var rng = new Random(3);
        var histogram = new Dictionary<(int, int, int), double>();
        for (var i = 0; i < 200_000; i++)
        {
            var p = rng.NextDouble() < 0.2 ? m : u;
            var key = (Draw(p[0], rng), Draw(p[1], rng), Draw(p[2], rng));
            histogram[key] = histogram.GetValueOrDefault(key) + 1;
        }
        var patterns = histogram.Keys.Select(k => new[] { k.Item1, k.Item2, k.Item3 }).ToArray();
        var counts = histogram.Values.ToArray();

        var result = ExpectationMaximisation.Run(patterns, counts, u, [false, false, false], 200);

        Assert.Equal(0.2, result.Lambda, 2);
        for (var k = 0; k < 3; k++)
        {
            for (var l = 0; l < 3; l++) Assert.Equal(m[k][l], result.M[k][l], 1);
        }
        Assert.InRange(Math.Abs(result.M[0][0] - 0.8), 0, 0.02);
    }

    [Fact]
    public void Run_ExcludedComparison_KeepsItsInitialM()
    {
        double[][] u = [[0.1, 0.9], [0.1, 0.9]];
        var result = ExpectationMaximisation.Run([[0, 0], [1, 1]], [10, 90], u, [true, false], 10);
        Assert.Equal(ExpectationMaximisation.InitialM(u[0]), result.M[0]);
    }

    [Fact]
    public void Train_WithAcceptedLabels_MovesMTowardsLabels()
    {
        var (table, truth) = TestData.Synthetic(200);
        var linker = new Linker(TestData.PersonSettings());
        var plain = linker.Train(table);
        var labels = truth.Keys.Where(id => id.StartsWith('b')).Take(60)
            .Select(id => new PairLabel("a" + id[1..], id, true)).ToList();

        var trained = linker.Train(table, labels);

        Assert.Equal(60, trained.LabelledPairs);
        Assert.NotEqual(plain.Comparisons[0].Levels[0].M, trained.Comparisons[0].Levels[0].M);
        Assert.All(trained.Comparisons.SelectMany(c => c.Levels), l => Assert.InRange(l.M, 1e-7, 1));
    }

    [Fact]
    public void ToJson_RoundTrip_KeepsProbabilities()
    {
        var (table, _) = TestData.Synthetic(100);
        var model = new Linker(TestData.PersonSettings()).Train(table);
        var back = LinkageModel.FromJson(model.ToJson());
        Assert.Equal(model.PriorMatchProbability, back.PriorMatchProbability);
        Assert.Equal(model.Comparisons[2].Levels[1].U, back.Comparisons[2].Levels[1].U);
    }

    private static int Draw(double[] p, Random rng)
    {
        var x = rng.NextDouble();
        for (var i = 0; i < p.Length; i++)
        {
            if ((x -= p[i]) < 0) return i;
        }
        return p.Length - 1;
    }
}
