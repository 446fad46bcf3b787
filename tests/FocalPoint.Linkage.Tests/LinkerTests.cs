namespace FocalPoint.Linkage.Tests;

public class LinkerTests
{
    [Fact]
    public void Deduplicate_AlbanianSerbianVariants_ReachesHighF1()
    {
        var (table, truth) = TestData.Synthetic(400);

        var result = new Linker(TestData.PersonSettings()).Deduplicate(table);
        var eval = LinkageEvaluation.FromClusters(result.Clusters.Assignments, truth);

        Assert.True(eval.F1 >= 0.9, $"F1 {eval.F1:F3} (P {eval.Precision:F3}, R {eval.Recall:F3})");
    }

    [Fact]
    public void Explain_ScoredPair_FieldWeightsSumToMatchWeight()
    {
        var (table, _) = TestData.Synthetic(200);
        var result = new Linker(TestData.PersonSettings()).Deduplicate(table);

        var pair = result.Pairs.First(p => p.Probability > 0.9);
        var why = result.Explain(pair);

        Assert.Equal(pair.MatchWeight, why.PriorWeight + why.Fields.Sum(f => f.Weight + f.TermFrequencyAdjustment), 9);
        Assert.Equal(4, why.Fields.Count);
        Assert.Equal("first_name", why.Fields[0].Comparison);
    }

    [Fact]
    public void Link_TwoTables_ComparesOnlyAcross()
    {
        var (table, _) = TestData.Synthetic(100);
        var right = TestData.Table(["x1", "Agim", "Krasniqi", "1980-01-02", null]);
        var result = new Linker(TestData.PersonSettings()).Link(table, right, new LinkOptions { Model = ClusteringTests.Model(table) });
        Assert.All(result.Pairs, p => Assert.True(p.LeftId == "x1" || p.RightId == "x1"));
    }

    [Fact]
    public void FromJson_SettingsFile_ReadsEverything()
    {
        var json = TestData.PersonSettings().ToJson();
        var back = LinkageSettings.FromJson(json);
        Assert.Equal("surname", back.Comparisons[0].SwapColumn);
        Assert.Equal(["spelling-key", "prefix:3"], back.BlockingRules[0].Keys[0].Normalisers);
    }

    [Fact]
    public void Deduplicate_EmptyTable_ThrowsNoRecords()
    {
        var e = Assert.Throws<LinkageException>(() => new Linker(TestData.PersonSettings()).Deduplicate(TestData.Table()));
        Assert.Contains("no records", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deduplicate_SettingsNameMissingColumn_ThrowsNamingColumn()
    {
        var settings = TestData.PersonSettings();
        settings.Comparisons[1].Column = "family_name";
        var e = Assert.Throws<LinkageException>(() => new Linker(settings).Deduplicate(TestData.Synthetic(5).Table));
        Assert.Contains("family_name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownComparator_ThrowsNamingIt()
    {
        var settings = TestData.PersonSettings();
        settings.Comparisons[0].Comparator = "levenstein";
        var e = Assert.Throws<LinkageException>(() => settings.Validate(TestData.Columns));
        Assert.Contains("levenstein", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RuleWithoutKeys_ThrowsEverythingWithEverything()
    {
        var settings = TestData.PersonSettings();
        settings.BlockingRules.Add(new BlockingRuleSettings { Name = "all" });
        var e = Assert.Throws<LinkageException>(() => settings.Validate(TestData.Columns));
        Assert.Contains("every record", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deduplicate_TextInDateColumnWhenStrict_ThrowsNamingValueAndRecord()
    {
        var table = TestData.Table(["1", "Agim", "Krasniqi", "not known", null], ["2", "Agim", "Gashi", "1980-01-01", null]);
        var settings = TestData.PersonSettings();
        settings.StrictValues = true;
        var e = Assert.Throws<LinkageException>(() => new Linker(settings).Deduplicate(table));
        Assert.Contains("not known", e.Message, StringComparison.Ordinal);
        Assert.Contains("record 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deduplicate_DuplicateIds_Throws()
    {
        var table = TestData.Table(["1", "Agim", "Krasniqi", null, null], ["1", "Agim", "Gashi", null, null]);
        Assert.Throws<LinkageException>(() => new Linker(TestData.PersonSettings()).Deduplicate(table));
    }

    [Fact]
    public void Add_WrongNumberOfValues_Throws() =>
        Assert.Throws<LinkageException>(() => new RecordTable(["id", "name"]).Add("1"));

    [Fact]
    public void FromJson_Malformed_ThrowsLinkageException() =>
        Assert.Throws<LinkageException>(() => LinkageSettings.FromJson("{ \"comparisons\": [ }"));

    [Fact]
    public void FromClusters_KnownCounts_GivesPrecisionRecall()
    {
        var truth = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2" };
        var predicted = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y" };
        var e = LinkageEvaluation.FromClusters(predicted, truth);
        Assert.Equal((1L, 1L, 2L), (e.TruePositives, e.FalsePositives, e.FalseNegatives));
        Assert.Equal(0.5, e.Precision);
    }
}
