namespace FocalPoint.Linkage.Tests;

public class BlockingTests
{
    [Fact]
    public void Deduplicate_PairFoundByTwoRules_IsComparedOnce()
    {
        // Same surname prefix and same date: both rules find the pair.
        var table = TestData.Table(
            ["1", "Agim", "Krasniqi", "1980-01-02", null],
            ["2", "Agim", "Krasnići", "02.01.1980", null]);

        var result = new Linker(TestData.PersonSettings()).Deduplicate(table);

        Assert.Equal(1, result.Blocking.CandidatePairs);
        Assert.Equal(1, result.Blocking.Rules[0].PairsBeforeDedup);
        Assert.Equal(1, result.Blocking.Rules[1].PairsBeforeDedup);
    }

    [Fact]
    public void Deduplicate_BlockOverCap_IsSkippedAndReported()
    {
        var settings = TestData.PersonSettings();
        settings.MaxBlockSize = 3;
        var rows = Enumerable.Range(0, 6)
            .Select(i => new string?[] { $"r{i}", "Agim", "Krasniqi", $"19{60 + i}-01-01", null })
            .ToArray();

        var result = new Linker(settings).Deduplicate(TestData.Table(rows));

        var top = result.Blocking.LargestBlocks[0];
        Assert.True(top.Capped);
        Assert.Equal(6, top.Size);
        Assert.Equal("kra", top.Key);
        Assert.Equal(1, result.Blocking.Rules[0].CappedBlocks);
        Assert.Equal(0, result.Blocking.CandidatePairs);
    }

    [Fact]
    public void Deduplicate_PairsInCappedBlock_StillFoundByLaterRule()
    {
        var settings = TestData.PersonSettings();
        settings.MaxBlockSize = 3;
        var rows = Enumerable.Range(0, 6)
            .Select(i => new string?[] { $"r{i}", "Agim", "Krasniqi", i < 2 ? "1970-05-05" : $"19{60 + i}-01-01", null })
            .ToArray();

        var result = new Linker(settings).Deduplicate(TestData.Table(rows));

        Assert.Equal(1, result.Blocking.CandidatePairs);
    }

    [Fact]
    public void Deduplicate_TooManyComparisons_ThrowsBeforeWork()
    {
        var settings = TestData.PersonSettings();
        settings.MaxComparisons = 2;
        var rows = Enumerable.Range(0, 5).Select(i => new string?[] { $"r{i}", "Agim", "Krasniqi", null, null }).ToArray();

        var e = Assert.Throws<LinkageException>(() => new Linker(settings).Deduplicate(TestData.Table(rows)));

        Assert.Contains("maxComparisons", e.Message, StringComparison.Ordinal);
        Assert.Contains("surname", e.Message, StringComparison.Ordinal);
    }
}
