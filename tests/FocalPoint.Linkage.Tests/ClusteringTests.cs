namespace FocalPoint.Linkage.Tests;

public class ClusteringTests
{
    [Fact]
    public void Deduplicate_RunTwice_GivesSameClusterIds()
    {
        var (table, _) = TestData.Synthetic(150);
        var linker = new Linker(TestData.PersonSettings());

        var first = linker.Deduplicate(table);
        var second = linker.Deduplicate(table);

        Assert.Equal(first.Clusters.Assignments.OrderBy(x => x.Key, StringComparer.Ordinal),
            second.Clusters.Assignments.OrderBy(x => x.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Deduplicate_ClusterId_IsSmallestMemberId()
    {
        var table = TestData.Table(
            ["z9", "Agim", "Krasniqi", "1980-01-02", "1234567890"],
            ["a1", "AGIM", "Krasnići", "02.01.1980", "1234567890"],
            ["m5", "Marko", "Jovanović", "1975-04-04", "5555555555"]);
        var result = new Linker(TestData.PersonSettings()).Deduplicate(table,
            new LinkOptions { Model = Model(table) });

        Assert.Equal("a1", result.Clusters.ClusterOf("z9"));
        Assert.Equal("m5", result.Clusters.ClusterOf("m5"));
    }

    [Fact]
    public void LinkIncremental_NewRecords_KeepExistingIdsAndJoinClusters()
    {
        var (table, _) = TestData.Synthetic(150);
        var linker = new Linker(TestData.PersonSettings());
        var full = linker.Deduplicate(table);
        var previous = full.Clusters.Assignments.ToDictionary(x => x.Key, x => "ENT-" + x.Value);
        var incoming = TestData.Table(
            ["n1", "Agim", "Krasniqi", "1999-09-09", "7777777777"],
            ["n2", table.Get(0, "first_name"), table.Get(0, "surname"), table.Get(0, "dob"), table.Get(0, "personal_no")]);

        var result = linker.LinkIncremental(table, incoming, new LinkOptions { Model = full.Model, PreviousClusters = previous });

        foreach (var (record, cluster) in previous) Assert.Equal(cluster, result.Clusters.ClusterOf(record));
        Assert.Equal(previous["a0"], result.Clusters.ClusterOf("n2"));
        Assert.Equal("n1", result.Clusters.ClusterOf("n1"));
        Assert.All(result.Pairs, p => Assert.True(p.LeftId.StartsWith('n') || p.RightId.StartsWith('n')));
    }

    [Fact]
    public void Deduplicate_RejectedLabel_SplitsPair()
    {
        var table = TestData.Table(
            ["1", "Agim", "Krasniqi", "1980-01-02", "1234567890"],
            ["2", "Agim", "Krasniqi", "1980-01-02", "1234567890"]);
        var linker = new Linker(TestData.PersonSettings());
        var model = Model(table);

        var joined = linker.Deduplicate(table, new LinkOptions { Model = model });
        var split = linker.Deduplicate(table, new LinkOptions { Model = model, Labels = [new PairLabel("1", "2", false)] });

        Assert.Single(joined.Clusters.Clusters);
        Assert.Equal(2, split.Clusters.Clusters.Count);
    }

    /// <summary>A trained model to score tiny tables, too small to train on themselves.</summary>
    internal static LinkageModel Model(RecordTable _) =>
        new Linker(TestData.PersonSettings()).Train(TestData.Synthetic(300, seed: 9).Table);
}
