namespace FocalPoint.Network.Tests;

public class NeighbourhoodTests
{
    private static readonly DateTime Jan = new(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Jun = new(2024, 6, 15, 0, 0, 0, DateTimeKind.Utc);

    // P1 -owns(Jan)- F1 -seized(Jun)- I1 ; P1 -calls(undated)- P2 ; P2 -drives- V1
    private static Graph Case()
    {
        var b = new GraphBuilder();
        b.AddNode("P1", "person");
        b.AddNode("P2", "person");
        b.AddNode("F1", "firearm");
        b.AddNode("I1", "incident");
        b.AddNode("V1", "vehicle");
        b.AddLink("P1", "F1", "owns", Jan);
        b.AddLink("F1", "I1", "seized", Jun);
        b.AddLink("P1", "P2", "calls");
        b.AddLink("P2", "V1", "drives", Jan);
        return b.Build();
    }

    private static string[] Ids(Graph g, NeighbourhoodResult r) => r.Nodes.Select(v => g.IdOf(v).ToString()).Order().ToArray();

    [Fact]
    public void Expand_TwoHops_ReachesEverythingWithHopCounts()
    {
        var g = Case();

        var result = Neighbourhood.Expand(g, [g.IndexOf("P1")], 2);

        Assert.Equal(["F1", "I1", "P1", "P2", "V1"], Ids(g, result));
        Assert.Equal(2, result.Hops[result.Nodes.ToList().IndexOf(g.IndexOf("I1"))]);
        Assert.Equal(4, result.Links.Count);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Expand_NodeTypeFilter_DoesNotPassThroughExcludedTypes()
    {
        var g = Case();

        var result = Neighbourhood.Expand(g, [g.IndexOf("P1")], 3, new GraphFilter { NodeTypes = ["person", "incident"] });

        Assert.Equal(["P1", "P2"], Ids(g, result));
    }

    [Fact]
    public void Expand_LinkTypeFilter_FollowsOnlyThoseLinks()
    {
        var g = Case();

        var result = Neighbourhood.Expand(g, [g.IndexOf("P1")], 3, new GraphFilter { LinkTypes = ["owns", "seized"] });

        Assert.Equal(["F1", "I1", "P1"], Ids(g, result));
    }

    [Fact]
    public void Expand_TimeWindow_KeepsUndatedUnlessExcluded()
    {
        var g = Case();
        var spring = new GraphFilter { From = Jan.AddDays(-1), To = Jan.AddDays(1) };

        var withUndated = Neighbourhood.Expand(g, [g.IndexOf("P1")], 3, spring);
        var datedOnly = Neighbourhood.Expand(g, [g.IndexOf("P1")], 3, spring with { IncludeUndated = false });

        Assert.Equal(["F1", "P1", "P2", "V1"], Ids(g, withUndated));
        Assert.Equal(["F1", "P1"], Ids(g, datedOnly));
    }

    [Fact]
    public void Expand_OverCap_ReturnsNearestAndWouldBeCount()
    {
        var star = TestGraphs.Of(101, Enumerable.Range(1, 100).Select(i => (0, i)).ToArray());

        var result = Neighbourhood.Expand(star, [0], 1, maxNodes: 10);

        Assert.True(result.Truncated);
        Assert.Equal((10, 101), (result.Nodes.Count, result.TotalCount));
        Assert.Equal(0, result.Nodes[0]);
    }
}
