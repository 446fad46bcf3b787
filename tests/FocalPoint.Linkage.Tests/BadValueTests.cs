namespace FocalPoint.Linkage.Tests;

public class BadValueTests
{
    [Fact]
    public void Deduplicate_UnparseableDates_TreatedAsMissingAndCounted()
    {
        var (table, truth) = TestData.Synthetic(200);
        var bad = TestData.Table(["z1", "Agim", "Krasniqi", "19371233", "1112223334"], ["z2", "Agim", "Krasniqi", "31.02.1980", "1112223334"],
            ["z3", "Arben", "Gashi", "no date", null]);
        var both = Concat(table, bad);

        var result = new Linker(TestData.PersonSettings()).Deduplicate(both);

        var report = Assert.Single(result.BadValues);
        Assert.Equal("dob", report.Column);
        Assert.Equal(3, report.Records);
        Assert.Contains("19371233", report.Examples);
        Assert.Equal(result.Clusters.ClusterOf("z1"), result.Clusters.ClusterOf("z2"));
        Assert.True(LinkageEvaluation.FromClusters(result.Clusters.Assignments, truth).F1 >= 0.9);
    }

    [Fact]
    public void Deduplicate_StrictValues_StopsNamingValue()
    {
        var settings = TestData.PersonSettings();
        settings.StrictValues = true;
        var table = TestData.Table(["a", "Agim", "Krasniqi", "19371233", null], ["b", "Agim", "Krasniqi", "1937-12-03", null]);

        var e = Assert.Throws<LinkageException>(() => new Linker(settings).Deduplicate(table));

        Assert.Equal(LinkageErrorCodes.BadValue, e.Code);
        Assert.Equal(["dob", "a", "19371233"], e.Arguments);
    }

    [Fact]
    public void Deduplicate_NumberThatIsNoNumber_TreatedAsMissing()
    {
        var settings = TestData.PersonSettings();
        settings.Comparisons[3] = new() { Column = "personal_no", Comparator = "numeric", Levels = [0] };
        var table = Concat(TestData.Synthetic(100).Table,
            TestData.Table(["a", "Agim", "Krasniqi", "1980-01-01", "12x"], ["b", "Agim", "Krasniqi", "1980-01-01", "12"]));

        var result = new Linker(settings).Deduplicate(table, new LinkOptions { MinPairProbability = 0 });

        Assert.True(result.DependentFields.Count == 0, string.Join("; ", result.DependentFields));
        Assert.Equal(1, Assert.Single(result.BadValues).Records);
        Assert.Equal("missing", result.Explain(result.Pairs.Single(p => p.LeftId == "a" && p.RightId == "b")).Fields[3].Level);
    }

    internal static RecordTable Concat(params RecordTable[] tables)
    {
        var all = new RecordTable(tables[0].Columns);
        foreach (var t in tables)
        {
            for (var r = 0; r < t.Count; r++) all.Add([.. t.Columns.Select(c => t.Get(r, c))]);
        }
        return all;
    }
}
