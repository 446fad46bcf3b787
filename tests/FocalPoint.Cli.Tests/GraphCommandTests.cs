using System.Text.Json;

namespace FocalPoint.Cli.Tests;

public sealed class GraphCommandTests : IDisposable
{
    // A path a-b-c-d (weights make the long way round more confident), a triangle e-f-g, and h alone in the node list.
    private const string Edges = """
        source,target,type,weight
        a,b,knows,0.9
        b,c,knows,0.9
        c,d,owns,0.9
        a,d,knows,0.1
        e,f,knows,1
        f,g,knows,1
        g,e,knows,1
        """;

    private readonly TempFolder temp = new();

    [Fact]
    public async Task Metrics_SmallGraph_GivesDegreeAndComponents()
    {
        var nodes = temp.Write("nodes.csv", "id,type\na,person\nb,person\nc,person\nd,firearm\ne,person\nf,person\ng,person\nh,phone\n");

        var (exit, output, error) = await CliRunner.RunAsync("graph", "metrics", temp.Write("e.csv", Edges), "--nodes", nodes);

        Assert.True(exit == 0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[0]);
        Assert.Equal(8, rows.Count);
        Assert.Equal(["2", "2", "2", "2", "2", "2", "2", "0"], new[] { "a", "b", "c", "d", "e", "f", "g", "h" }.Select(n => rows[n][2]));
        Assert.Equal("firearm", rows["d"][1]);
        Assert.Equal(3, rows.Values.Select(r => r[7]).Distinct().Count());
        Assert.Equal(rows["a"][7], rows["d"][7]);
        Assert.NotEqual(rows["a"][7], rows["e"][7]);
        Assert.All(rows.Values, r => Assert.False(string.IsNullOrEmpty(r[9])));
    }

    [Fact]
    public async Task Metrics_JsonToFile_WritesEveryNode()
    {
        var output = temp.Path("m.json");

        var (exit, _, error) = await CliRunner.RunAsync("graph", "metrics", temp.Write("e.csv", Edges), "--format", "json", "--out", output);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(7, json.RootElement.GetProperty("nodes").GetInt32());
        Assert.Equal(7, json.RootElement.GetProperty("metrics").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("metrics")[0].GetProperty("degree").GetInt32());
    }

    [Fact]
    public async Task Path_Unweighted_TakesFewestLinks()
    {
        var (exit, output, _) = await CliRunner.RunAsync("graph", "path", temp.Write("e.csv", Edges), "a", "d");

        Assert.Equal(0, exit);
        Assert.Contains("a -[knows]- d", output, StringComparison.Ordinal);
        Assert.Contains("1 links", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_Weighted_TakesMostConfidentChain()
    {
        var (exit, output, _) = await CliRunner.RunAsync("graph", "path", temp.Write("e.csv", Edges), "a", "d", "--weighted");

        Assert.Equal(0, exit);
        Assert.Contains("a -[knows]- b -[knows]- c -[owns]- d", output, StringComparison.Ordinal);
        Assert.Contains("confidence 0.729", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_Disconnected_PrintsNoPath()
    {
        var (exit, output, _) = await CliRunner.RunAsync("graph", "path", temp.Write("e.csv", Edges), "a", "e");

        Assert.Equal(0, exit);
        Assert.Contains("no path", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_UnknownNode_ExitsOneNamingIt()
    {
        var (exit, _, error) = await CliRunner.RunAsync("graph", "path", temp.Write("e.csv", Edges), "a", "zz");

        Assert.Equal(1, exit);
        Assert.Contains("'zz'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_NonNumericWeight_ExitsOneWithLine()
    {
        var edges = temp.Write("bad.csv", "source,target,weight\na,b,0.5\nb,c,high\n");

        var (exit, _, error) = await CliRunner.RunAsync("graph", "metrics", edges);

        Assert.Equal(1, exit);
        Assert.Contains("bad.csv line 3", error, StringComparison.Ordinal);
        Assert.Contains("'high'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_MissingFile_ExitsOne()
    {
        var (exit, _, error) = await CliRunner.RunAsync("graph", "metrics", temp.Path("none.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("File not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_UnknownFormat_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("graph", "metrics", temp.Write("e.csv", Edges), "--format", "xml");

        Assert.Equal(2, exit);
    }

    public void Dispose() => temp.Dispose();
}
