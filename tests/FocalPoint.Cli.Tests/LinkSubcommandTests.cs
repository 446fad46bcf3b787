using System.Globalization;

namespace FocalPoint.Cli.Tests;

public sealed class LinkSubcommandTests : IDisposable
{
    // Two sources numbering their records from 1: ids repeat across files, as partner files do.
    private const string Police = """
        id,first_name,surname,dob,town,postcode
        1,Michael,Williams,1971-04-02,Burgaw,28425
        2,Sarah,Jones,1985-11-30,Wallace,28466
        3,Robert,Smith,1960-01-15,Burgaw,28425
        4,Linda,Brown,1990-07-07,Atkinson,28421
        """;

    private const string Border = """
        id,first_name,surname,dob,town,postcode
        1,Sarah,Jones,1985-11-30,Wallace,28466
        2,Micheal,Williams,1971-04-02,Burgaw,28425
        3,Bruce,Williams,1950-02-03,Burgaw,28425
        4,Robert,Smyth,1960-01-15,Burgaw,28425
        """;

    private readonly TempFolder temp = new();

    [Fact]
    public async Task SettingsCheck_MisspeltKeyAndReversedLevels_ExitsOneListingBoth()
    {
        var json = """
            { "comparisons": [ { "column": "surname", "comparator": "jaro-winkler", "levels": [0.8, 0.92] } ],
              "blockingRules": [ { "keys": [ { "column": "surname" } ] } ], "matchTreshold": 0.9 }
            """;

        var (exit, _, error) = await CliRunner.RunAsync("link", "settings", "check", temp.Write("s.json", json));

        Assert.Equal(1, exit);
        Assert.Contains("unknown key 'matchTreshold'. Did you mean 'matchThreshold'?", error, StringComparison.Ordinal);
        Assert.Contains("levels must be strictly descending", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsSuggest_TwoSources_WritesSettingsThatCheckAndRun()
    {
        var (exit, _, notes) = await CliRunner.RunAsync("link", "settings", "suggest", Source("police", Police), Source("border", Border),
            "--sources-deduplicated", "--out", temp.Path("s.json"));

        Assert.True(exit == 0, notes);
        Assert.Contains("first_name: FirstName", notes, StringComparison.Ordinal);
        var (checkExit, checkOut, _) = await CliRunner.RunAsync("link", "settings", "check", temp.Path("s.json"), "--input", temp.Path("police.csv"));
        Assert.Equal(0, checkExit);
        Assert.Contains("no problems", checkOut, StringComparison.Ordinal);
        Assert.Contains("\"onePerSource\": true", File.ReadAllText(temp.Path("s.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_TwoSourcesSharingIds_WritesSourceColumnsAndEveryPairAtZero()
    {
        var settings = await Suggest();

        var (exit, output, error) = await CliRunner.RunAsync("link", "--settings", settings, Source("police", Police), Source("border", Border),
            "--min-probability", "0", "--out-pairs", temp.Path("pairs.csv"), "--out-clusters", temp.Path("clusters.csv"));

        Assert.True(exit == 0, error);
        Assert.Contains("Records:            8", output, StringComparison.Ordinal);
        var candidates = long.Parse(Between(output, "Candidate pairs:", "\n"), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var pairs = File.ReadAllLines(temp.Path("pairs.csv"));
        Assert.Equal("left_id,right_id,match_weight,probability,log2_bayes_factor,left_source,right_source", pairs[0]);
        Assert.Equal(candidates, pairs.Length - 1);
        Assert.All(pairs.Skip(1), p => Assert.NotEqual(p.Split(',')[5], p.Split(',')[6]));
        Assert.Contains("record_id,cluster_id,source", File.ReadAllText(temp.Path("clusters.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Model_TwoSources_PrintsBayesFactorsAndWritesReusableJson()
    {
        var settings = await Suggest();

        var (exit, output, error) = await CliRunner.RunAsync("link", "model", "--settings", settings, Source("police", Police), Source("border", Border),
            "--out", temp.Path("model.json"));
        var (again, _, againError) = await CliRunner.RunAsync("link", "--settings", settings, Source("police", Police), Source("border", Border),
            "--model", temp.Path("model.json"));

        Assert.True(exit == 0, error);
        Assert.Contains("bayes factor", output, StringComparison.Ordinal);
        Assert.Contains("EM on 'surname+first name'", output, StringComparison.Ordinal);
        Assert.Contains("log-likelihood", output, StringComparison.Ordinal);
        Assert.True(again == 0, againError);
    }

    [Fact]
    public async Task Explain_OnePair_PrintsWaterfallToProbability()
    {
        var settings = await Suggest();

        var (exit, output, error) = await CliRunner.RunAsync("link", "explain", "--settings", settings, Source("police", Police), Source("border", Border),
            "--left", "police:1", "--right", "border:3");

        Assert.True(exit == 0, error);
        Assert.Contains("police:1 - border:3", output, StringComparison.Ordinal);
        Assert.Contains("michael | bruce", output, StringComparison.Ordinal);
        Assert.Contains("probability", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnknownRecord_ExitsOne()
    {
        var settings = await Suggest();

        var (exit, _, error) = await CliRunner.RunAsync("link", "explain", "--settings", settings, Source("police", Police), Source("border", Border),
            "--left", "police:9", "--right", "border:3");

        Assert.Equal(1, exit);
        Assert.Contains("police:9", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Labels_RejectedPairNeverJoined()
    {
        var settings = await Suggest();
        var labels = temp.Write("labels.csv", "left_source,left_id,right_source,right_id,is_match\npolice,2,border,1,false\n");

        var (exit, _, error) = await CliRunner.RunAsync("link", "--settings", settings, Source("police", Police), Source("border", Border),
            "--labels", labels, "--out-clusters", temp.Path("clusters.csv"));

        Assert.True(exit == 0, error);
        var clusters = File.ReadAllLines(temp.Path("clusters.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[2] + ":" + p[0], p => p[1]);
        Assert.NotEqual(clusters["police:2"], clusters["border:1"]);
    }

    [Fact]
    public async Task Evaluate_PairsCrossSource_SweepsThresholds()
    {
        var settings = await Suggest();
        await CliRunner.RunAsync("link", "--settings", settings, Source("police", Police), Source("border", Border), "--min-probability", "0",
            "--out-pairs", temp.Path("pairs.csv"), "--out-clusters", temp.Path("clusters.csv"));
        var truth = temp.Write("truth.csv", "source,record_id,entity_id\npolice,1,M\npolice,2,S\npolice,3,R\npolice,4,L\nborder,1,S\nborder,2,M\nborder,3,B\nborder,4,R\n");

        var (exit, output, error) = await CliRunner.RunAsync("link", "evaluate", "--truth", truth, "--pairs", temp.Path("pairs.csv"),
            "--thresholds", "0.5", "0.9", "--cross-source");
        var (clusterExit, clusterOutput, _) = await CliRunner.RunAsync("link", "evaluate", "--truth", truth, "--clusters", temp.Path("clusters.csv"), "--cross-source");

        Assert.True(exit == 0, error);
        Assert.Contains("B3 P", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(0, clusterExit);
        Assert.Contains("B-cubed:", clusterOutput, StringComparison.Ordinal);
        Assert.Contains("border|police", clusterOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateHelp_ShowsNoInputArgument()
    {
        var (_, output, _) = await CliRunner.RunAsync("link", "evaluate", "--help");

        Assert.DoesNotContain("INPUT", output, StringComparison.Ordinal);
        Assert.Contains("--pairs", output, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private string Source(string name, string content) => $"{name}={temp.Write(name + ".csv", content)}";

    private async Task<string> Suggest()
    {
        var (exit, _, error) = await CliRunner.RunAsync("link", "settings", "suggest", Source("police", Police), Source("border", Border),
            "--sources-deduplicated", "--out", temp.Path("s.json"));
        Assert.True(exit == 0, error);
        return temp.Path("s.json");
    }

    private static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[i..text.IndexOf(end, i, StringComparison.Ordinal)].Trim();
    }
}
