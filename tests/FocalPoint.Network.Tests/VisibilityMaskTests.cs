namespace FocalPoint.Network.Tests;

public class VisibilityMaskTests
{
    // 0-1-2 is short, 0-3-4-2 is long: hiding 1 must force the long way, hiding 1 and 4 must cut 0 from 2.
    private static Graph Diamond() => TestGraphs.Of(5, (0, 1), (1, 2), (0, 3), (3, 4), (4, 2));

    private static VisibilityMask ShowAllBut(Graph g, params int[] hidden)
    {
        var mask = new VisibilityMask(g);
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!hidden.Contains(v))
            {
                mask.ShowNode(v);
            }
        }
        for (var l = 0; l < g.LinkCount; l++)
        {
            var link = g.GetLink(l);
            if (mask.IsNodeVisible(link.Source) && mask.IsNodeVisible(link.Target))
            {
                mask.ShowLink(l);
            }
        }
        return mask;
    }

    [Fact]
    public void Shortest_HiddenIntermediateNode_TakesTheVisibleWayRound()
    {
        var g = Diamond();

        var path = Paths.Shortest(g, 0, 2, new GraphFilter { Visibility = ShowAllBut(g, 1) });

        Assert.Equal([0, 3, 4, 2], path!.Nodes);
    }

    [Fact]
    public void PathSearches_OnlyWayRunsThroughHiddenNodes_FindNothing()
    {
        var g = Diamond();
        var filter = new GraphFilter { Visibility = ShowAllBut(g, 1, 4) };

        Assert.Null(Paths.Shortest(g, 0, 2, filter));
        Assert.Null(Paths.MostConfident(g, 0, 2, filter));
        Assert.Empty(Paths.AllSimple(g, 0, 2, 6, 100, filter).Paths);
    }

    [Fact]
    public void PathSearches_HiddenTarget_IsNeverReached()
    {
        var g = Diamond();
        var filter = new GraphFilter { Visibility = ShowAllBut(g, 2), NodeTypes = ["none"] };

        Assert.Null(Paths.Shortest(g, 0, 2, filter));
        Assert.Null(Paths.MostConfident(g, 0, 2, filter));
        Assert.Empty(Paths.AllSimple(g, 0, 2, 6, 100, filter).Paths);
    }

    [Fact]
    public void Expand_HiddenNode_IsNeitherReturnedNorPassedThrough()
    {
        var g = TestGraphs.Path5();

        var result = Neighbourhood.Expand(g, [0], 4, new GraphFilter { Visibility = ShowAllBut(g, 2) });

        Assert.Equal([0, 1], result.Nodes);
        Assert.Equal(2, result.TotalCount);
        Assert.Equal([0], result.Links);
    }

    [Fact]
    public void Expand_HiddenSeed_IsDropped()
    {
        var g = TestGraphs.Path5();

        var result = Neighbourhood.Expand(g, [2], 2, new GraphFilter { Visibility = ShowAllBut(g, 2) });

        Assert.Empty(result.Nodes);
    }

    [Fact]
    public void Expand_HiddenLinkBetweenVisibleNodes_IsNotFollowed()
    {
        var g = TestGraphs.Path5();
        var mask = ShowAllBut(g);
        var narrow = new VisibilityMask(g);
        for (var v = 0; v < g.NodeCount; v++)
        {
            narrow.ShowNode(v);
        }
        narrow.ShowLink(0);

        Assert.Equal(5, Neighbourhood.Expand(g, [0], 4, new GraphFilter { Visibility = mask }).TotalCount);
        Assert.Equal([0, 1], Neighbourhood.Expand(g, [0], 4, new GraphFilter { Visibility = narrow }).Nodes);
    }

    [Fact]
    public void ShowLink_EndHidden_IsRefused()
    {
        var g = TestGraphs.Path5();
        var mask = new VisibilityMask(g);
        mask.ShowNode(0);

        Assert.Throws<InvalidOperationException>(() => mask.ShowLink(0));
    }

    [Fact]
    public void Filter_MaskOfAnotherGraph_IsRefused()
    {
        var g = TestGraphs.Path5();
        var other = TestGraphs.Path5();

        Assert.Throws<ArgumentException>(() => Neighbourhood.Expand(g, [0], 1, new GraphFilter { Visibility = new VisibilityMask(other) }));
    }

    [Fact]
    public void Copy_ExtendingTheCopy_LeavesTheOriginal()
    {
        var g = TestGraphs.Path5();
        var mask = ShowAllBut(g, 4);

        var wider = mask.Copy();
        wider.ShowNode(4);
        wider.ShowLink(3);

        Assert.False(mask.IsNodeVisible(4));
        Assert.Equal(4, mask.VisibleNodeCount);
        Assert.Equal(5, wider.VisibleNodeCount);
        Assert.Equal(4, wider.VisibleLinkCount);
    }
}
