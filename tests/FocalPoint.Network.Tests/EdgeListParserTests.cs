namespace FocalPoint.Network.Tests;

public class EdgeListParserTests
{
    private static Graph Parse(string edges, string? nodes = null) =>
        new EdgeListParser().Parse(new StringReader(edges), nodes is null ? null : new StringReader(nodes));

    private static EdgeListFormatException ParseFails(string edges, string? nodes = null) =>
        Assert.Throws<EdgeListFormatException>(() => Parse(edges, nodes));

    [Fact]
    public void Parse_CsvWithHeader_ReadsTypesDatesAndWeights()
    {
        var graph = Parse("from,to,type,date,confidence\nP1,F1,owns,2024-01-05,0.9\r\nP2,\"Shop, Prizren\",visits,,\n");

        Assert.Equal((4, 2), (graph.NodeCount, graph.LinkCount));
        var first = graph.GetLink(0);
        Assert.Equal(("owns", 0.9), (first.Type, first.Weight));
        Assert.Equal(new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc), first.Date);
        var second = graph.GetLink(1);
        Assert.Equal(("visits", 1.0, (DateTime?)null), (second.Type, second.Weight, second.Date));
        Assert.True(graph.TryGetIndex("Shop, Prizren", out _));
    }

    [Fact]
    public void Parse_BlankSeparatedWithoutHeader_ReadsIgraphFormat()
    {
        var graph = Parse("# comment\n0 1\n1 2 0.5\n\n2 0\n");

        Assert.Equal((3, 3), (graph.NodeCount, graph.LinkCount));
        Assert.Equal(0.5, graph.GetLink(1).Weight);
        Assert.True(graph.TryGetIndex(2, out _));
    }

    [Fact]
    public void Parse_HeaderWithoutTarget_ReportsMissingColumnOnLine1()
    {
        var error = ParseFails("source,weight\nA,1\n");

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("missing column 'target'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowWithOneField_ReportsMissingColumnWithLine()
    {
        var error = ParseFails("source,target\nA,B\n\nC\n");

        Assert.Equal(4, error.LineNumber);
        Assert.Contains("'target'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NodeListGivenAndUnknownId_ReportsUnknownNode()
    {
        var error = ParseFails("source,target\nA,B\nA,Z\n", "id,type\nA,person\nB,firearm\n");

        Assert.Equal(("edges", 3), (error.File, error.LineNumber));
        Assert.Contains("unknown node 'Z'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NodeList_SetsNodeTypesAndKeepsIsolatedNodes()
    {
        var graph = Parse("source,target\nA,B\n", "id,type\nA,person\nB,firearm\nC,vehicle\n");

        Assert.Equal(3, graph.NodeCount);
        Assert.Equal("vehicle", graph.NodeTypeOf(graph.IndexOf("C")));
    }

    [Theory]
    [InlineData("source,target,weight\nA,B,-2\n", "negative")]
    [InlineData("source,target,weight\nA,B,high\n", "not a number")]
    [InlineData("source,target,date\nA,B,yesterday\n", "not a date")]
    public void Parse_BadValue_ReportsLine2(string edges, string problem)
    {
        var error = ParseFails(edges);

        Assert.Equal(2, error.LineNumber);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyInput_Throws()
    {
        Assert.Contains("empty", ParseFails("").Message, StringComparison.Ordinal);
    }
}
