namespace FocalPoint.Cli.Tests;

/// <summary>Issue 19 item 11: a file whose dates fit day/month and month/day alike is refused until --date-order says which.</summary>
public sealed class ImportDateOrderCommandTests : IDisposable
{
    private const string Ambiguous = "Numri i rastit;Data;Komuna;Pershkrimi;Lloji i armes\n"
        + "A-1;01/02/2014;Prishtinë;Pistol found;Pistoletë\n"
        + "A-2;03/04/2014;Prishtinë;Rifle seized;Pushkë automatike\n";

    private readonly TempFolder temp = new();

    private string Connection => $"Data Source={temp.Path("dates.db")};Pooling=False";

    [Fact]
    public async Task Import_AmbiguousDates_RefusedUntilDateOrderGivenThenSavedInProfile()
    {
        var file = temp.Write("us.csv", Ambiguous);
        string[] common = ["--set", "Kind=Seizure", "--set", "HandlingCode=H0", "--connection", Connection, "--user", "tester"];

        var refused = await CliRunner.RunAsync(["import", file, "--profile", "us", .. common]);
        var imported = await CliRunner.RunAsync(["import", file, "--profile", "us", "--date-order", "mdy", .. common]);
        var shown = await CliRunner.RunAsync("profile", "show", "us", "--connection", Connection);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("01/02/2014, row 2, fits both", refused.Err, StringComparison.Ordinal);
        Assert.Contains("--date-order dmy|mdy", refused.Err, StringComparison.Ordinal);
        Assert.True(imported.Exit == 0, imported.Err);
        Assert.Contains("2 incidents", imported.Out, StringComparison.Ordinal);
        Assert.Contains("month first (mdy)", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownDateOrder_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("import", temp.Write("us.csv", Ambiguous), "--profile", "us", "--date-order", "ymd", "--connection", Connection);

        Assert.Equal(2, exit);
    }

    public void Dispose() => temp.Dispose();
}
