using FocalPoint.Linkage.Comparison;

namespace FocalPoint.Linkage.Tests;

public class ComparatorTests
{
    // Expected values printed by Python jellyfish 0.8.9 (python3-jellyfish on Debian).
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611111111111111)]
    [InlineData("DWAYNE", "DUANE", 0.8400000000000001)]
    [InlineData("DIXON", "DICKSONX", 0.8133333333333332)]
    [InlineData("krasniqi", "krasnici", 0.95)]
    [InlineData("agim", "agron", 0.6333333333333333)]
    [InlineData("ca", "abc", 0.0)]
    [InlineData("", "abc", 0.0)]
    [InlineData("shabani", "sabani", 0.9571428571428572)]
    [InlineData("abcdef", "badcfe", 0.8333333333333334)]
    [InlineData("gjergj", "gjergji", 0.9714285714285714)]
    public void JaroWinkler_KnownPairs_MatchJellyfish(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 12);

    [Fact]
    public void JaroWinkler_LongStrings_UseHeapPathAndAgreeWithShort()
    {
        var a = new string('a', 70) + "xyz";
        var b = new string('a', 70) + "xzy";
        Assert.InRange(JaroWinkler.Similarity(a, b), 0.98, 1.0);
    }

    [Theory]
    [InlineData("MARTHA", "MARHTA", 1)]
    [InlineData("DWAYNE", "DUANE", 2)]
    [InlineData("DIXON", "DICKSONX", 4)]
    [InlineData("ca", "abc", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("a", "a", 0)]
    [InlineData("abcdef", "badcfe", 3)]
    [InlineData("krasniqi", "krasniki", 1)]
    [InlineData("agim", "agron", 3)]
    public void DamerauLevenshtein_KnownPairs_MatchJellyfish(string a, string b, int expected) =>
        Assert.Equal(expected, DamerauLevenshtein.Distance(a, b));

    [Fact]
    public void DamerauLevenshtein_LongStrings_UsePooledBuffer() =>
        Assert.Equal(101, DamerauLevenshtein.Distance("ab" + new string('x', 100), "ba" + new string('y', 100)));

    [Fact]
    public void TokenSet_SwappedOrderAndPatronymic_IsOne()
    {
        Assert.Equal(1.0, TokenSet.Similarity("krasniqi agim", "agim krasniqi"), 12);
        Assert.Equal(1.0, TokenSet.Similarity("agim krasniqi", "agim bajram krasniqi"), 12);
    }

    [Fact]
    public void JaroWinklerComparator_Thresholds_GiveLevels()
    {
        var c = new JaroWinklerComparator([0.92, 0.8]);
        Assert.Equal(["exact", "jaro-winkler >= 0.92", "jaro-winkler >= 0.8", "else"], c.Labels);
        Assert.Equal(1, c.Level("krasniqi", "krasnici"));
        Assert.Equal(3, c.Level("agim", "agron"));
    }

    [Theory]
    [InlineData("1985-03-12", "1985-12-03", 1)]
    [InlineData("1985-03-12", "1985-03-13", 2)]
    [InlineData("1985-03-12", "1958-03-12", 2)]
    [InlineData("1985-03-12", "1985-03-30", 3)]
    [InlineData("1985-03-12", "1985-10-01", 4)]
    [InlineData("1985-03-12", "1990-07-01", 5)]
    public void DateComparator_SwapsAndSlips_GiveLevels(string a, string b, int expected) =>
        Assert.Equal(expected, new DateComparator([31, 366]).Level(a, b));

    [Theory]
    [InlineData("1234567890", "1234567891", 1)]
    [InlineData("1234567890", "1234567809", 1)]
    [InlineData("1234567890", "1234560987", 2)]
    public void PersonalNumberComparator_OneSlip_IsLevelOne(string a, string b, int expected) =>
        Assert.Equal(expected, new PersonalNumberComparator().Level(a, b));

    [Theory]
    [InlineData("0", "2", 1)]
    [InlineData("10", "14", 2)]
    [InlineData("10", "40", 3)]
    public void NumericComparator_Differences_GiveLevels(string a, string b, int expected) =>
        Assert.Equal(expected, new NumericComparator([2, 5]).Level(a, b));

    [Theory]
    [InlineData("123456", 0)]
    [InlineData("12345?", 1)]
    [InlineData("1234??", 4)]
    public void SerialComparator_EqualReadingsWithUnreadableCharacters_AreAtBestPartial(string value, int expected) =>
        Assert.Equal(expected, new SerialComparator([1, 2]).EqualLevel(value));

    [Theory]
    [InlineData("12?456", "123456", 1)]
    [InlineData("12??56", "123456", 3)]
    [InlineData("3456", "AK123456", 1)]
    [InlineData("123456", "123457", 2)]
    [InlineData("123456", "999999", 4)]
    public void SerialComparator_PartialAndObliterated_GiveLevels(string a, string b, int expected) =>
        Assert.Equal(expected, new SerialComparator([1, 2]).Level(a, b));

    [Fact]
    public void ComparatorFactory_UnknownName_ThrowsNamingIt()
    {
        var e = Assert.Throws<LinkageException>(() => ComparatorFactory.Create("soundex", null, "surname"));
        Assert.Contains("soundex", e.Message, StringComparison.Ordinal);
        Assert.Contains("jaro-winkler", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparatorFactory_EmptyLevels_KeepsOnlyFixedLevels()
    {
        var serial = ComparatorFactory.Create("serial", [], "serial");
        Assert.Equal(["exact", "partial", "else"], serial.Labels);
        Assert.Equal(serial.Else, serial.Level("584755", "584795"));
        Assert.Equal(1, serial.Level("F36749", "F367496"));
    }

    [Fact]
    public void ComparatorFactory_NoLevels_UsesDefaults() =>
        Assert.Equal(5, ComparatorFactory.Create("serial", null, "serial").Labels.Length);
}
