namespace FocalPoint.Network.Tests;

public class KeyPlayersTests
{
    [Fact]
    public void Rank_TwoTriangles_BridgeEndsFirstWithReasons()
    {
        var g = TestGraphs.TwoTriangles();

        var players = KeyPlayers.Rank(g, NodeMetrics.Compute(g), top: 3);

        Assert.Equal([2, 3], players.Take(2).Select(p => p.Node).Order().ToArray());
        Assert.Equal(1, players[0].Rank);
        Assert.Contains(new KeyPlayerReason(KeyPlayerReasonCode.Bridges, Count: 2), players[0].Reasons);
        Assert.Contains(new KeyPlayerReason(KeyPlayerReasonCode.HighestBetweenness), players[0].Reasons);
        Assert.Equal("bridges 2 communities", players[0].Reasons[0].ToString());
    }

    [Fact]
    public void Rank_TopLargerThanGraph_ReturnsEveryNode()
    {
        var g = TestGraphs.Awkward();

        Assert.Equal(6, KeyPlayers.Rank(g, NodeMetrics.Compute(g), top: 50).Count);
    }

    [Fact]
    public void Compute_LargeGraphSettings_SamplesBetweennessAndStatesBound()
    {
        var g = TestGraphs.Path5();

        var metrics = NodeMetrics.Compute(g, new MetricsOptions { ExactBetweennessLimit = 2, BetweennessSamples = 2 });

        Assert.True(metrics.BetweennessErrorBound > 0);
        Assert.Equal(5, metrics.PageRank.Count);
    }
}
