namespace FocalPoint.Cli.Tests;

/// <summary>
/// Issue 10 item 9: the command line says the engines' and use cases' messages in the user's language, from the same
/// codes and table as the pages; --language overrides the locale.
/// </summary>
public sealed class CliLanguageTests : IDisposable
{
    private const string File = "Numri i rastit;Data;Komuna;Pershkrimi;Lloji i armes;Kalibri;Numri serik;Emri;Mbiemri\n"
        + "A-1;17.05.2024 14:30;Prishtinë;Pistol found in a car boot;Pistoletë;7,62x25;AB-123;Arben;Krasniqi\n"
        + "A-2;01.03.2024;Atlantis;Rifle seized;Pushkë automatike;7.62×39 mm;X 99;;\n";

    private const string MisspeltSettings = """
        { "comparisons": [ { "column": "surname", "comparator": "jaro-winkler", "levels": [0.92, 0.8] } ],
          "blockingRules": [ { "keys": [ { "column": "surname" } ] } ], "matchTreshold": 0.9 }
        """;

    private readonly TempFolder temp = new();

    private string Connection => $"Data Source={temp.Path("lang.db")};Pooling=False";

    [Theory]
    [InlineData("sq", "rreshti 3, Komuna: Komunë e panjohur. (\"Atlantis\")")]
    [InlineData("sr", "red 3, Komuna: Nepoznata opština. (\"Atlantis\")")]
    [InlineData("en", "row 3, Komuna: Unknown municipality. (\"Atlantis\")")]
    public async Task Import_RowErrorInLanguage_PrintsTheTranslatedProblem(string language, string expected)
    {
        var file = temp.Write("bad.csv", File);

        var (exit, _, err) = await CliRunner.RunAsync("import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H0",
            "--connection", Connection, "--language", language);

        Assert.Equal(1, exit);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AlreadyImportedInAlbanian_NamesTheEarlierBatchInAlbanian()
    {
        var file = temp.Write("kp.csv", File.Replace("Atlantis", "Pejë", StringComparison.Ordinal));
        string[] import = ["import", file, "--profile", "kp", "--set", "Kind=Seizure", "--set", "HandlingCode=H0", "--connection", Connection];

        var first = await CliRunner.RunAsync(import);
        var again = await CliRunner.RunAsync([.. import, "--language", "sq"]);

        Assert.True(first.Exit == 0, first.Err);
        Assert.Equal(1, again.Exit);
        Assert.Contains("kp.csv është importuar tashmë si grupi 1", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsCheck_MisspeltKeyInSerbian_NamesTheNearestKeyInSerbian()
    {
        var (exit, _, err) = await CliRunner.RunAsync("link", "settings", "check", temp.Write("s.json", MisspeltSettings), "--language", "sr");

        Assert.Equal(1, exit);
        Assert.Contains("s.json: $: nepoznato podešavanje 'matchTreshold' (najbliže poznato: 'matchThreshold')", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_UnknownLanguage_ExitsTwoNamingTheChoices()
    {
        var (exit, _, err) = await CliRunner.RunAsync("link", "settings", "check", temp.Write("s.json", MisspeltSettings), "--language", "de");

        Assert.Equal(2, exit);
        Assert.Contains("'de' is not one of en, sq, sr", err, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
