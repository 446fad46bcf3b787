namespace FocalPoint.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Demo_SecondRunOnSameDatabase_ExitsOneAlreadyHolds()
    {
        var connection = $"Data Source={temp.Path("demo.db")};Pooling=False";

        var first = await CliRunner.RunAsync("demo", "--scale", "0.02", "--connection", connection, "--truth", temp.Path("truth.csv"));
        var second = await CliRunner.RunAsync("demo", "--scale", "0.02", "--connection", connection);

        Assert.True(first.Exit == 0, first.Err);
        Assert.StartsWith("kind,record_id,entity_id", File.ReadAllText(temp.Path("truth.csv")), StringComparison.Ordinal);
        Assert.Equal(1, second.Exit);
        Assert.Contains("already holds", second.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ScaleOutOfRange_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("demo", "--scale", "0");

        Assert.Equal(2, exit);
    }

    public void Dispose() => temp.Dispose();
}
