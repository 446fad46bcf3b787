namespace FocalPoint.Cli.Tests;

public sealed class ResolveCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Resolve_TwiceOnDemoData_FirstResolvesEverythingSecondFindsNothingNew()
    {
        var connection = $"Data Source={temp.Path("demo.db")};Pooling=False";
        var demo = await CliRunner.RunAsync("demo", "--scale", "0.02", "--connection", connection);

        var first = await CliRunner.RunAsync("resolve", "--kind", "persons", "--connection", connection);
        var second = await CliRunner.RunAsync("resolve", "--kind", "persons", "--connection", connection);

        Assert.True(demo.Exit == 0, demo.Err);
        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("(first)", first.Out, StringComparison.Ordinal);
        Assert.Contains("Done", first.Err, StringComparison.Ordinal);
        Assert.Contains("(incremental)", second.Out, StringComparison.Ordinal);
        Assert.Contains(" 0 new, 0 entities created", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_UnknownKind_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("resolve", "--kind", "vehicles");

        Assert.Equal(2, exit);
    }

    public void Dispose() => temp.Dispose();
}
