namespace FocalPoint.Network.Tests;

public class BetweennessTests
{
    [Fact]
    public void Betweenness_Path5_CountsPairsOnce()
    {
        // Node 1 lies on 0-2, 0-3, 0-4: 3. Node 2 on 0-3, 0-4, 1-3, 1-4: 4.
        Assert.Equal([0, 3, 4, 3, 0], Centrality.Betweenness(TestGraphs.Path5()));
    }

    [Fact]
    public void Betweenness_Normalised_DividesByPairCount()
    {
        var scores = Centrality.Betweenness(TestGraphs.Path5(), normalised: true);

        Assert.Equal(4.0 / 6, scores[2], 12);
    }

    [Fact]
    public void Betweenness_SelfLoopParallelIsolated_MatchesIgraph()
    {
        // igraph 0.10.2: [0, 1, 0, 0, 0, 0].
        Assert.Equal([0, 1, 0, 0, 0, 0], Centrality.Betweenness(TestGraphs.Awkward()));
    }

    [Fact]
    public void Betweenness_ParallelLinks_AreSeparateShortestPaths()
    {
        // Square 0-1-2-3-0 with 0-1 doubled: 0→2 runs twice via 1, once via 3, so 1 gets 2/3 and 3 gets 1/3;
        // 1→3 runs twice via 0, once via 2.
        var g = TestGraphs.Of(4, (0, 1), (0, 1), (1, 2), (2, 3), (3, 0));

        var scores = Centrality.Betweenness(g);

        Assert.Equal([2.0 / 3, 2.0 / 3, 1.0 / 3, 1.0 / 3], scores.Select(x => Math.Round(x, 12)).ToArray(), new Tolerance());
    }

    [Fact]
    public void Betweenness_Directed_CountsOrderedPairs()
    {
        Assert.Equal([0, 1, 0], Centrality.Betweenness(TestGraphs.Of(true, 3, (0, 1), (1, 2))));
    }

    [Fact]
    public void SubsetBetweenness_OneSource_HalvesLikeIgraph()
    {
        Assert.Equal([0, 1.5, 1, 0.5, 0], Centrality.SubsetBetweenness(TestGraphs.Path5(), [0]));
    }

    [Fact]
    public void SampledBetweenness_AllNodesSampled_EqualsExactWithZeroBound()
    {
        var g = TestGraphs.TwoTriangles();

        var sampled = Centrality.SampledBetweenness(g, 100);

        Assert.Equal(0, sampled.ErrorBound);
        Assert.Equal(Centrality.Betweenness(g), sampled.Scores.Select(x => Math.Round(x, 12)).ToArray(), new Tolerance());
    }

    [Fact]
    public void SampledBetweenness_FewSources_StatesHoeffdingBound()
    {
        var g = TestGraphs.Of(101, Enumerable.Range(1, 100).Select(i => (0, i)).ToArray());

        var sampled = Centrality.SampledBetweenness(g, 25, seed: 3);

        // ε = sqrt(ln(2/0.05) / 50) = 0.2716; bound = ½·n·(n−2)·ε.
        Assert.Equal(0.5 * 101 * 99 * Math.Sqrt(Math.Log(40) / 50), sampled.ErrorBound, 6);
        Assert.Equal(25, sampled.Sources.Count);
    }

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
