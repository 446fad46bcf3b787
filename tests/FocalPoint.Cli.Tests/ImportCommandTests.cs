namespace FocalPoint.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string Good = "Numri i rastit;Data;Komuna;Pershkrimi;Lloji i armes;Kalibri;Numri serik;Emri;Mbiemri\n"
        + "A-1;17.05.2024 14:30;Prishtinë;Pistol found in a car boot;Pistoletë;7,62x25;AB-123;Arben;Krasniqi\n"
        + "A-2;01.03.2024;Пећ;Rifle seized;Pushkë automatike;7.62×39 mm;X 99;;\n";

    private readonly TempFolder temp = new();

    private string Connection => $"Data Source={temp.Path("import.db")};Pooling=False";

    [Fact]
    public async Task Import_GoodFileThenSameAgainThenRollback_ImportsRefusesAndRemoves()
    {
        var file = temp.Write("kp.csv", Good);

        var first = await CliRunner.RunAsync("import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H0", "--connection", Connection, "--user", "tester");
        var second = await CliRunner.RunAsync("import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H0", "--connection", Connection, "--user", "tester");
        var rollback = await CliRunner.RunAsync("import", "rollback", "1", "--connection", Connection, "--user", "tester");

        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("2 incidents and 1 persons imported", first.Out, StringComparison.Ordinal);
        Assert.Contains("ETA", first.Err, StringComparison.Ordinal);
        Assert.Equal(1, second.Exit);
        Assert.Contains("kp.csv was already imported as batch 1 (kp, kp.csv)", second.Err, StringComparison.Ordinal);
        Assert.True(rollback.Exit == 0, rollback.Err);
        Assert.Contains("Rolled back 2 incidents", rollback.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RowErrorsUnderRefuse_ExitsOneWithRowAndSuggestion()
    {
        var file = temp.Write("bad.csv", Good.Replace("Prishtinë", "Prizern", StringComparison.Ordinal).Replace("Пећ", "Atlantis", StringComparison.Ordinal));

        var (exit, _, err) = await CliRunner.RunAsync("import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H0", "--connection", Connection);

        Assert.Equal(1, exit);
        Assert.Contains("row 3, Komuna: Unknown municipality. (\"Atlantis\")", err, StringComparison.Ordinal);
        Assert.Contains("bad.csv: Refused", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BinaryFile_ExitsOneNamingFile()
    {
        var file = temp.Path("junk.csv");
        File.WriteAllBytes(file, [0, 1, 2, 3, 0xFF, 0, 0, 7]);

        var (exit, _, err) = await CliRunner.RunAsync("import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H0", "--connection", Connection);

        Assert.Equal(1, exit);
        Assert.Contains("junk.csv is not a text, CSV, JSON Lines or XLSX file", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutProfile_ExitsTwo()
    {
        var (exit, _, _) = await CliRunner.RunAsync("import", temp.Write("kp.csv", Good));

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnotherDatabase_CarriesHandlingCodeAndPersons()
    {
        var file = temp.Write("kp.csv", Good);
        await CliRunner.RunAsync("import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H2", "--connection", Connection, "--user", "tester");
        var exported = temp.Path("export.csv");

        var export = await CliRunner.RunAsync("export", exported, "--persons-purpose", "migration to the national instance", "--connection", Connection, "--user", "tester");
        var again = await CliRunner.RunAsync("import", exported, "--profile", "fp", "--connection", $"Data Source={temp.Path("other.db")};Pooling=False", "--user", "tester");

        Assert.True(export.Exit == 0, export.Err);
        Assert.Contains("Exported 2 incidents", export.Out, StringComparison.Ordinal);
        Assert.Contains(",H2,", File.ReadAllText(exported), StringComparison.Ordinal);
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains("2 incidents and 1 persons imported", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NewColumnAndNoKind_RefusedThenMappedFromTheCommandLineAndSavedInTheProfile()
    {
        var file = temp.Write("wide.csv", Good.Replace("Mbiemri\n", "Mbiemri;Koment\n", StringComparison.Ordinal)
            .Replace("Krasniqi\n", "Krasniqi;ok\n", StringComparison.Ordinal).Replace(";;\n", ";;;\n", StringComparison.Ordinal));

        var refused = await CliRunner.RunAsync("import", file, "--profile", "kp", "--connection", Connection);
        var mapped = await CliRunner.RunAsync("import", file, "--profile", "kp", "--ignore", "Koment", "--set", "Kind=Found", "--set", "HandlingCode=H1", "--connection", Connection);
        var edit = await CliRunner.RunAsync("profile", "edit", "kp", "--set", "HandlingCode=H3", "--connection", Connection);
        var show = await CliRunner.RunAsync("profile", "show", "kp", "--connection", Connection);

        Assert.Equal(1, refused.Exit);
        Assert.Contains("column \"Koment\" is neither mapped nor ignored", refused.Err, StringComparison.Ordinal);
        Assert.Contains("gives Kind", refused.Err, StringComparison.Ordinal);
        Assert.True(mapped.Exit == 0, mapped.Err);
        Assert.True(edit.Exit == 0, edit.Err);
        Assert.Contains("HandlingCode = H3 (every row)", show.Out, StringComparison.Ordinal);
        Assert.Contains("Kind = Found (every row)", show.Out, StringComparison.Ordinal);
        Assert.Contains("ignored: \"Koment\"", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MostlyQuarantined_ExitsThreeAndWritesEveryErrorToTheReport()
    {
        var file = temp.Write("mostly-bad.csv", Good.Replace("Prishtinë", "Atlantis", StringComparison.Ordinal).Replace("Пећ", "Lilliput", StringComparison.Ordinal)
            + "A-3;02.03.2024;Prizren;Revolver handed in;Revolver;;R1;;\n");
        var report = temp.Path("errors.csv");

        var (exit, output, err) = await CliRunner.RunAsync("import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H0",
            "--policy", "Quarantine", "--errors", report, "--connection", Connection, "--user", "tester");

        Assert.True(exit == 3, err);
        Assert.Contains("Committed", output, StringComparison.Ordinal);
        Assert.Contains("Mostly quarantined: 66.7% of the rows have errors", err, StringComparison.Ordinal);
        var lines = File.ReadAllLines(report);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2,Komuna,Unknown municipality.", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("3,Komuna,Unknown municipality.", lines[2], StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
