namespace FocalPoint.Network.Tests;

public class CommunitiesTests
{
    [Fact]
    public void Detect_TwoTrianglesWithBridge_FindsBothWithModularityFiveFourteenths()
    {
        // Each triangle: inside 2·3 = 6 of 2m = 14, total degree 7: Q = 2·(6/14 − (7/14)²) = 5/14.
        var result = Communities.Detect(TestGraphs.TwoTriangles());

        Assert.Equal(2, result.Count);
        Assert.Equal([0, 0, 0, 1, 1, 1], result.Membership);
        Assert.Equal(5.0 / 14, result.Modularity, 12);
    }

    [Fact]
    public void Modularity_SelfLoopAndParallelLinks_MatchesIgraph()
    {
        // igraph 0.10.2 gives 0.48 for this partition.
        Assert.Equal(0.48, Communities.Modularity(TestGraphs.Awkward(), [0, 0, 0, 1, 1, 2]), 12);
    }

    [Fact]
    public void Detect_DisconnectedGraph_NeverJoinsComponents()
    {
        var result = Communities.Detect(TestGraphs.Awkward());

        Assert.Equal([0, 0, 0, 1, 1, 2], result.Membership);
        Assert.Equal(0.48, result.Modularity, 12);
    }

    [Fact]
    public void Detect_NoLinks_EveryNodeAlone()
    {
        var result = Communities.Detect(TestGraphs.Of(3));

        Assert.Equal((3, 0.0), (result.Count, result.Modularity));
    }

    [Fact]
    public void Detect_Weighted_HeavyLinksHoldTogether()
    {
        // Path a-b-c-d-e-f with b-c and d-e heavy: the heavy pairs anchor two communities.
        var b = new GraphBuilder();
        b.AddLink("a", "b", weight: 0.1);
        b.AddLink("b", "c", weight: 10);
        b.AddLink("c", "d", weight: 0.1);
        b.AddLink("d", "e", weight: 10);
        b.AddLink("e", "f", weight: 0.1);
        var g = b.Build();

        var result = Communities.Detect(g, weighted: true);

        int Of(string id) => result.Membership[g.IndexOf(id)];
        Assert.Equal(Of("b"), Of("c"));
        Assert.Equal(Of("d"), Of("e"));
        Assert.NotEqual(Of("c"), Of("d"));
        Assert.True(result.Modularity > 0.4);
    }
}
