namespace FocalPoint.Network.Tests;

public class GraphBuilderTests
{
    [Fact]
    public void Build_SelfLoopAndParallelLinks_DegreeCountsEachLinkEnd()
    {
        var graph = TestGraphs.Awkward();

        Assert.Equal([1, 4, 1, 2, 2, 0], Centrality.Degree(graph));
        Assert.Equal(5, graph.LinkCount);
    }

    [Fact]
    public void AddLink_UnknownIds_CreatesNodesWithDefaultType()
    {
        var builder = new GraphBuilder();
        builder.AddNode("P1", "person");
        builder.AddLink("P1", "F9", "owns", new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), 0.8);

        var graph = builder.Build();

        Assert.Equal("person", graph.NodeTypeOf(graph.IndexOf("P1")));
        Assert.Equal(GraphBuilder.DefaultNodeType, graph.NodeTypeOf(graph.IndexOf("F9")));
        var link = graph.GetLink(0);
        Assert.Equal(("owns", 0.8), (link.Type, link.Weight));
        Assert.Equal(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), link.Date);
    }

    [Fact]
    public void AddNode_SameIdOtherType_Throws()
    {
        var builder = new GraphBuilder();
        builder.AddNode(7, "person");

        Assert.Throws<ArgumentException>(() => builder.AddNode(7, "firearm"));
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void AddLink_BadWeight_Throws(double weight)
    {
        var builder = new GraphBuilder();

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddLink(1, 2, weight: weight));
    }

    [Fact]
    public void IndexOf_UnknownId_ThrowsNamingTheId()
    {
        var graph = TestGraphs.Path5();

        var error = Assert.Throws<UnknownNodeException>(() => graph.IndexOf("X-99"));
        Assert.Contains("X-99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NodeId_NumberAndText_AreDifferentNodes()
    {
        Assert.NotEqual(new NodeId(7), new NodeId("7"));
        Assert.Equal(new NodeId(7), NodeId.FromToken("7"));
        Assert.Equal(new NodeId("007"), NodeId.FromToken("007"));
    }

    [Fact]
    public void Build_Directed_KeepsInAndOutRows()
    {
        var graph = TestGraphs.Of(true, 3, (0, 1), (1, 2));

        Assert.Equal([1], graph.Neighbours(0).ToArray());
        Assert.Empty(graph.Neighbours(2).ToArray());
        Assert.Equal([1, 1, 0], Centrality.Degree(graph));
    }
}
