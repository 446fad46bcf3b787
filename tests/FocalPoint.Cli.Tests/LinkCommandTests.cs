namespace FocalPoint.Cli.Tests;

public sealed class LinkCommandTests : IDisposable
{
    // Three people, each written the ways Albanian, Serbian and diaspora records write them.
    private const string Persons = """
        id,first_name,surname,dob,personal_no
        1,Agim,Krasniqi,1980-03-12,1234567890
        2,AGIM,KRASNIĆI,1980-03-12,
        3,Agim,Krasniki,1980-12-03,1234567890
        4,Агим,Красниќи,1980-03-12,1234567890
        5,Dragan,Jovanović,1975-07-01,2222222222
        6,Dragan,Jovanovic,1975-07-01,2222222222
        7,Драган,Јовановић,1975-07-01,
        8,Shpresa,Gashi,1990-01-20,3333333333
        9,Shpresa,Gashi,1990-01-20,3333333333
        10,Besnik,Berisha,1968-05-05,4444444444
        11,Arben,Hoxha,1972-02-02,5555555555
        12,Milica,Petrović,1985-09-09,6666666666
        """;

    private const string Settings = """
        {
          "uniqueIdColumn": "id",
          "comparisons": [
            { "column": "first_name", "normalisers": ["spelling-key"], "comparator": "jaro-winkler" },
            { "column": "surname", "normalisers": ["spelling-key"], "comparator": "jaro-winkler" },
            { "column": "dob", "normalisers": ["date"], "comparator": "date" },
            { "column": "personal_no", "normalisers": ["digits"], "comparator": "personal-number" }
          ],
          "blockingRules": [ { "name": "surname", "keys": [ { "column": "surname", "normalisers": ["spelling-key"] } ] } ],
          "matchThreshold": 0.5,
          "reviewThreshold": 0.1,
          "uSampleSize": 1000
        }
        """;

    private const string Truth = """
        kind,record_id,entity_id
        person,1,A
        person,2,A
        person,3,A
        person,4,A
        person,5,D
        person,6,D
        person,7,D
        person,8,S
        person,9,S
        person,10,B
        person,11,H
        person,12,M
        firearm,1,X
        """;

    private readonly TempFolder temp = new();

    [Fact]
    public async Task Link_AlbanianAndSerbianVariants_ClustersEachPersonOnce()
    {
        var (exit, output, error) = await Link();

        Assert.True(exit == 0, error);
        Assert.Contains("Records:            12", output, StringComparison.Ordinal);
        var clusters = File.ReadAllLines(temp.Path("clusters.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(12, clusters.Count);
        Assert.Single(new[] { "1", "2", "3", "4" }.Select(id => clusters[id]).Distinct());
        Assert.Single(new[] { "5", "6", "7" }.Select(id => clusters[id]).Distinct());
        Assert.NotEqual(clusters["1"], clusters["5"]);
        Assert.StartsWith("left_id,right_id,match_weight,probability", File.ReadAllText(temp.Path("pairs.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_DemoTruthFormatWithKind_PrintsF1()
    {
        await Link();

        var (exit, output, error) = await CliRunner.RunAsync(
            "link", "evaluate", "--truth", temp.Write("truth.csv", Truth), "--clusters", temp.Path("clusters.csv"), "--kind", "person");

        Assert.True(exit == 0, error);
        Assert.Contains("F1:                 1.0000", output, StringComparison.Ordinal);
        Assert.Contains("Precision:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SeveralKindsWithoutKind_FailsAskingForKind()
    {
        await Link();

        var (exit, _, error) = await CliRunner.RunAsync("link", "evaluate", "--truth", temp.Write("truth.csv", Truth), "--clusters", temp.Path("clusters.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("--kind", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_MissingInputFile_ExitsOneNamingIt()
    {
        var (exit, _, error) = await CliRunner.RunAsync("link", "--settings", temp.Write("s.json", Settings), temp.Path("absent.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("File not found", error, StringComparison.Ordinal);
        Assert.Contains("absent.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_SettingsNameMissingColumn_ExitsOneNamingColumn()
    {
        var settings = temp.Write("s.json", Settings.Replace("\"surname\", \"normalisers\": [\"spelling-key\"], \"comparator\"", "\"family\", \"normalisers\": [\"spelling-key\"], \"comparator\"", StringComparison.Ordinal));

        var (exit, output, error) = await CliRunner.RunAsync("link", "--settings", settings, temp.Write("p.csv", Persons));

        Assert.Equal(1, exit);
        Assert.Contains("'family'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Link_TextInDateColumn_TreatedAsMissingAndReported()
    {
        var persons = temp.Write("p.csv", Persons.Replace("1990-01-20", "19371233", StringComparison.Ordinal));

        var (exit, output, error) = await CliRunner.RunAsync("link", "--settings", temp.Write("s.json", Settings), persons);

        Assert.True(exit == 0, error);
        Assert.Contains("Unreadable values:  2 in column 'dob' treated as missing, e.g. '19371233'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_TextInDateColumnWithStrictValues_ExitsOneNamingValue()
    {
        var persons = temp.Write("p.csv", Persons.Replace("1990-01-20", "unknown", StringComparison.Ordinal));
        var strict = temp.Write("s.json", Settings.Replace("\"uSampleSize\": 1000", "\"uSampleSize\": 1000, \"strictValues\": true", StringComparison.Ordinal));

        var (exit, _, error) = await CliRunner.RunAsync("link", "--settings", strict, persons);

        Assert.Equal(1, exit);
        Assert.Contains("unknown", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_UnknownOption_ExitsTwo()
    {
        var persons = temp.Write("p.csv", Persons);

        var (exit, _, error) = await CliRunner.RunAsync("link", "--settings", temp.Write("s.json", Settings), persons, persons, "--fast");

        Assert.Equal(2, exit);
        Assert.Contains("--fast", error, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private Task<(int Exit, string Out, string Err)> Link() => CliRunner.RunAsync(
        "link", "--settings", temp.Write("s.json", Settings), temp.Write("p.csv", Persons),
        "--out-pairs", temp.Path("pairs.csv"), "--out-clusters", temp.Path("clusters.csv"));
}
