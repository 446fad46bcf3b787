namespace FocalPoint.Network.Tests;

public class ComponentsTests
{
    [Fact]
    public void Find_TwoComponentsAndIsolatedNode_LabelsEach()
    {
        var result = Components.Find(TestGraphs.Awkward());

        Assert.Equal(3, result.Count);
        Assert.Equal([0, 0, 0, 1, 1, 2], result.Membership);
        Assert.Equal([3, 2, 1], result.Sizes);
    }

    [Fact]
    public void Find_DirectedChain_IsOneWeakComponent()
    {
        Assert.Equal(1, Components.Find(TestGraphs.Of(true, 3, (2, 1), (0, 1))).Count);
    }

    [Fact]
    public void Distances_Bfs_MinusOneWhereUnreachable()
    {
        Assert.Equal([1, 0, 1, -1, -1, -1], Bfs.Distances(TestGraphs.Awkward(), 1));
    }
}
