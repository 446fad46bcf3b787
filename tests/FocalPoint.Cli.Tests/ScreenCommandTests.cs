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

    public void Dispose() => temp.Dispose();
}
