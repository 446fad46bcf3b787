namespace FocalPoint.Network.Tests;

public class PathsTests
{
    [Fact]
    public void Shortest_Path5_ReturnsAllNodesInOrder()
    {
        var path = Paths.Shortest(TestGraphs.Path5(), 0, 4);

        Assert.NotNull(path);
        Assert.Equal([0, 1, 2, 3, 4], path.Nodes);
        Assert.Equal(4, path.Length);
    }

    [Fact]
    public void Shortest_DisconnectedNodes_ReturnsNull()
    {
        Assert.Null(Paths.Shortest(TestGraphs.Awkward(), 0, 5));
    }

    [Fact]
    public void Shortest_Directed_FollowsDirectionOnly()
    {
        var g = TestGraphs.Of(true, 3, (0, 1), (1, 2));

        Assert.NotNull(Paths.Shortest(g, 0, 2));
        Assert.Null(Paths.Shortest(g, 2, 0));
    }

    [Fact]
    public void MostConfident_PrefersStrongLongChainOverWeakShortcut()
    {
        // 0-3 directly at 0.2; 0-1-2-3 at 0.9 each: 0.729 beats 0.2.
        var b = new GraphBuilder();
        b.AddLink(0, 3, weight: 0.2);
        b.AddLink(0, 1, weight: 0.9);
        b.AddLink(1, 2, weight: 0.9);
        b.AddLink(2, 3, weight: 0.9);
        var g = b.Build();

        var path = Paths.MostConfident(g, g.IndexOf(0), g.IndexOf(3));

        Assert.NotNull(path);
        Assert.Equal(3, path.Length);
        Assert.Equal(0.729, path.Confidence, 9);
    }

    [Fact]
    public void MostConfident_ZeroWeightLink_IsNeverUsed()
    {
        var b = new GraphBuilder();
        b.AddLink("A", "B", weight: 0);
        var g = b.Build();

        Assert.Null(Paths.MostConfident(g, g.IndexOf("A"), g.IndexOf("B")));
    }

    [Fact]
    public void AllSimple_SquareWithDiagonal_FindsEveryPathShortestFirst()
    {
        // Square 0-1-2-3-0 with diagonal 0-2: paths 0→2 are 0-2, 0-1-2, 0-3-2.
        var g = TestGraphs.Of(4, (0, 1), (1, 2), (2, 3), (3, 0), (0, 2));

        var result = Paths.AllSimple(g, 0, 2, maxLength: 3);

        Assert.Equal(3, result.Paths.Count);
        Assert.Equal([0, 2], result.Paths[0].Nodes);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void AllSimple_ParallelLinks_CountNodeSequenceOnce()
    {
        var g = TestGraphs.Of(3, (0, 1), (0, 1), (1, 2));

        Assert.Single(Paths.AllSimple(g, 0, 2, 5).Paths);
    }

    [Fact]
    public void AllSimple_OverCap_StopsAndSaysTruncated()
    {
        var g = TestGraphs.Of(4, (0, 1), (1, 2), (2, 3), (3, 0), (0, 2));

        var result = Paths.AllSimple(g, 0, 2, maxLength: 3, maxPaths: 2);

        Assert.Equal(2, result.Paths.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void AllSimple_MaxLengthTooShort_FindsNothing()
    {
        Assert.Empty(Paths.AllSimple(TestGraphs.Path5(), 0, 4, maxLength: 3).Paths);
    }
}
