namespace FocalPoint.Network.Tests;

public class CentralityTests
{
    [Fact]
    public void Closeness_Path5_IsReachedOverDistanceSum()
    {
        // Node 0: 4 / (1+2+3+4); node 2: 4 / (2+1+1+2).
        var scores = Centrality.Closeness(TestGraphs.Path5());

        Assert.Equal(0.4, scores[0], 12);
        Assert.Equal(4.0 / 6, scores[2], 12);
    }

    [Fact]
    public void Closeness_DisconnectedAndIsolated_JudgedWithinComponent()
    {
        // igraph 0.10.2: [2/3, 1, 2/3, 1, 1, NaN]; we give 0 for the isolated node.
        var scores = Centrality.Closeness(TestGraphs.Awkward());

        Assert.Equal([2.0 / 3, 1, 2.0 / 3, 1, 1, 0], scores.Select(x => Math.Round(x, 12)).ToArray(), new Close(1e-9));
    }

    [Fact]
    public void Eigenvector_Star_LeavesAreOneOverRootThree()
    {
        var star = TestGraphs.Of(4, (0, 1), (0, 2), (0, 3));

        var scores = Centrality.Eigenvector(star);

        Assert.Equal([1, 1 / Math.Sqrt(3), 1 / Math.Sqrt(3), 1 / Math.Sqrt(3)], scores, new Close(1e-8));
    }

    [Fact]
    public void Eigenvector_SelfLoopCountsTwice_MatchesIgraph()
    {
        // A = [[0,1,0],[1,2,1],[0,1,0]] in the first component: λ = 1+√3, ends get 1/λ = 0.366 (igraph agrees);
        // the smaller component decays to 0 and the isolated node stays 0.
        var scores = Centrality.Eigenvector(TestGraphs.Awkward());

        var end = 1 / (1 + Math.Sqrt(3));
        Assert.Equal([end, 1, end, 0, 0, 0], scores, new Close(1e-7));
    }

    [Fact]
    public void Eigenvector_NoLinks_AllOnes()
    {
        Assert.Equal([1.0, 1.0], Centrality.Eigenvector(TestGraphs.Of(2)));
    }

    [Fact]
    public void PageRank_Triangle_IsUniform()
    {
        var scores = Centrality.PageRank(TestGraphs.Of(3, (0, 1), (1, 2), (2, 0)));

        Assert.All(scores, s => Assert.Equal(1.0 / 3, s, 12));
    }

    [Fact]
    public void PageRank_IsolatedNode_GetsTeleportAndDanglingShare()
    {
        // r = 0.15/n + 0.85·r/n for a dangling node, so r = 0.025 / (1 − 0.85/6) with n = 6.
        var scores = Centrality.PageRank(TestGraphs.Awkward());

        Assert.Equal(0.025 / (1 - (0.85 / 6)), scores[5], 10);
    }

    [Fact]
    public void PageRank_SelfLoopParallelIsolated_MatchesIgraphPrpack()
    {
        double[] igraph = [0.10730710270822688, 0.3679100664282065, 0.10730710270822688, 0.1941747572815534, 0.1941747572815534, 0.029126213592233014];

        var scores = Centrality.PageRank(TestGraphs.Awkward(), tolerance: 1e-12);

        Assert.Equal(igraph, scores, new Close(1e-9));
        Assert.Equal(1.0, scores.Sum(), 12);
    }

    [Fact]
    public void PageRank_Directed_SinkCollectsRank()
    {
        var scores = Centrality.PageRank(TestGraphs.Of(true, 2, (0, 1)));

        // r0 = 0.075 + 0.425·r1, r1 = 0.075 + 0.425·r1 + 0.85·r0, r0 + r1 = 1.
        Assert.True(scores[1] > scores[0]);
        Assert.Equal(1.0, scores.Sum(), 12);
        Assert.Equal(0.075 + (0.425 * scores[1]), scores[0], 10);
    }

    internal sealed class Close(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
