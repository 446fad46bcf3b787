namespace FocalPoint.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string Good = "Numri i rastit;Data;Komuna;Pershkrimi;Lloji i armes;Kalibri;Numri serik;Emri;Mbiemri\n"
        + "A-1;17.05.2024 14:30;Prishtinë;Pistol found in a car boot;Pistoletë;7,62x25;AB-123;Arben;Krasniqi\n"
        + "A-2;01.03.2024;Пећ;Rifle seized;Pushkë automatike;7.62×39 mm;X 99;;\n";

    private readonly TempFolder temp = new();

    private string Connection => $"Data Source={temp.Path("import.db")};Pooling=False";

    [Fact]
    public async Task Import_GoodFileThenSameAgainThenRollback_ImportsSkipsAndRemoves()
    {
        var file = temp.Write("kp.csv", Good);

        var first = await CliRunner.RunAsync("import", file, "--profile", "kp", "--connection", Connection, "--user", "tester");
        var second = await CliRunner.RunAsync("import", file, "--profile", "kp", "--connection", Connection, "--user", "tester");
        var rollback = await CliRunner.RunAsync("import", "rollback", "1", "--connection", Connection, "--user", "tester");

        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("2 incidents and 1 persons imported", first.Out, StringComparison.Ordinal);
        Assert.Contains("ETA", first.Err, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains("2 rows skipped", second.Out, StringComparison.Ordinal);
        Assert.True(rollback.Exit == 0, rollback.Err);
        Assert.Contains("Rolled back 2 incidents", rollback.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RowErrorsUnderRefuse_ExitsOneWithRowAndSuggestion()
    {
        var file = temp.Write("bad.csv", Good.Replace("Prishtinë", "Prizern", StringComparison.Ordinal).Replace("Пећ", "Atlantis", StringComparison.Ordinal));

        var (exit, _, err) = await CliRunner.RunAsync("import", file, "--profile", "kp", "--connection", Connection);

        Assert.Equal(1, exit);
        Assert.Contains("row 3, Komuna: Unknown municipality. (\"Atlantis\")", err, StringComparison.Ordinal);
        Assert.Contains("bad.csv: Refused", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BinaryFile_ExitsOneNamingFile()
    {
        var file = temp.Path("junk.csv");
        File.WriteAllBytes(file, [0, 1, 2, 3, 0xFF, 0, 0, 7]);

        var (exit, _, err) = await CliRunner.RunAsync("import", file, "--profile", "kp", "--connection", Connection);

        Assert.Equal(1, exit);
        Assert.Contains("junk.csv is not a text, CSV, JSON Lines or XLSX file", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutProfile_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("import", temp.Write("kp.csv", Good));

        Assert.Equal(2, exit);
    }

    public void Dispose() => temp.Dispose();
}
