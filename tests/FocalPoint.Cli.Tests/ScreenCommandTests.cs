namespace FocalPoint.Cli.Tests;

public sealed class ScreenCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    private static string Example(string name) => Path.Combine(RepositoryRoot(), "docs", "examples", name);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FocalPoint.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [Fact]
    public async Task Screen_ExampleFile_WritesEachHitWithItsReasons()
    {
        var watch = temp.Write("watch.csv", "entity_id,kind,value,birth_date,reference\nE-17,vehicle,03-456-KX,,seizure 2025/114\n");

        var (exit, output, error) = await CliRunner.RunAsync("screen", Example("crossings.csv"), "--profiles", Example("risk-profiles.json"),
            "--watch-list", watch, "--date", "2026-03-02", "--control-rate", "0");

        Assert.True(exit == 0, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToDictionary(l => l[..4]);
        Assert.Equal(["C002", "C003", "C004"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("S1/v1", rows["C003"], StringComparison.Ordinal);
        Assert.Contains("S1/v1: returned the same day (+2): Out and back within a day", rows["C003"], StringComparison.Ordinal);
        Assert.Contains("plate ~ E-17 (0.9", rows["C002"], StringComparison.Ordinal);
        Assert.Contains("N1/v2", rows["C004"], StringComparison.Ordinal);
        Assert.DoesNotContain("Gashi", output, StringComparison.Ordinal);
        Assert.Contains("screened 5 records with S1/v1, S2/v1, N1/v2: 3 hits", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_StaleProfiles_AreNamedAndNotScreened()
    {
        var (exit, _, error) = await CliRunner.RunAsync("screen", Example("crossings.csv"), "--profiles", Example("risk-profiles.json"), "--date", "2027-02-01");

        Assert.Equal(1, exit);
        Assert.Contains("profile S1/v1 not screened: stale: its validity ended on 2026-12-31", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_MalformedRows_AreReportedByLineAndTheRestScreened()
    {
        var file = temp.Write("c.csv", "id,time,crossing_point,direction\nA1,2026-03-02T23:00:00Z,JAR,entry\nA2,soon,JAR,entry\nA3,2026-03-02T23:00:00Z,JAR,upwards\n");

        var (exit, _, error) = await CliRunner.RunAsync("screen", file, "--profiles", Example("risk-profiles.json"), "--date", "2026-03-02");

        Assert.Equal(0, exit);
        Assert.Contains("line 3 (A2), time: 'soon' is not a date and time", error, StringComparison.Ordinal);
        Assert.Contains("line 4 (A3), direction:", error, StringComparison.Ordinal);
        Assert.Contains("screened 1 records", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_ContradictoryProfile_IsRefusedWithTheReason()
    {
        var profiles = temp.Write("p.json", """
            [{ "id": "X", "version": 1, "name": "Both ways", "threshold": 2, "validFrom": "2026-01-01", "validTo": "2026-12-31",
               "indicators": [ { "kind": "Direction", "weight": 1, "values": ["entry"], "explanation": "in" },
                               { "kind": "Direction", "weight": 1, "values": ["exit"], "explanation": "out" } ] }]
            """);

        var (exit, _, error) = await CliRunner.RunAsync("screen", Example("crossings.csv"), "--profiles", profiles, "--date", "2026-03-02");

        Assert.Equal(1, exit);
        Assert.Contains("profile X/v1 not screened: refused: Indicators 1 and 2 exclude each other", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_SaveMappingThenUseItByName_ReadsTheNextFileOfThatShapeAndAnUnknownNameListsTheSaved()
    {
        var connection = $"Data Source={temp.Path("screen.db")};Pooling=False";
        const string Header = "Nr;Zeit;Punkt;Richtung;Kennzeichen\n";
        var monday = temp.Write("monday.csv", Header + "K1;2026-03-02T07:30:00Z;HAN;exit;04777KM\nK2;2026-03-02T17:31:00Z;HAN;entry;04777KM\n");
        var tuesday = temp.Write("tuesday.csv", Header + "K3;2026-03-03T07:30:00Z;VER;exit;01111KS\n");
        string[] map = ["--map", "Nr=id", "--map", "Zeit=time", "--map", "Punkt=crossing_point", "--map", "Richtung=direction", "--map", "Kennzeichen=plate"];

        var first = await CliRunner.RunAsync(["screen", monday, "--profiles", Example("risk-profiles.json"), "--date", "2026-03-02", .. map,
            "--save-mapping", "Zoll täglich", "--connection", connection, "--user", "tester"]);
        var second = await CliRunner.RunAsync("screen", tuesday, "--profiles", Example("risk-profiles.json"), "--date", "2026-03-02",
            "--mapping", "Zoll täglich", "--connection", connection, "--user", "tester");
        var unknown = await CliRunner.RunAsync("screen", tuesday, "--profiles", Example("risk-profiles.json"), "--date", "2026-03-02",
            "--mapping", "Customs", "--connection", connection, "--user", "tester");

        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("matching \"Zoll täglich\" saved (5 columns)", first.Err, StringComparison.Ordinal);
        Assert.Contains("screened 2 records", first.Err, StringComparison.Ordinal);
        Assert.True(second.Exit == 0, second.Err);
        Assert.Contains("screened 1 records", second.Err, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.Exit);
        Assert.Contains("No saved matching \"Customs\". Saved: Zoll täglich.", unknown.Err, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
