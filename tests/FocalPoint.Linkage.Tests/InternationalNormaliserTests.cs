using FocalPoint.Linkage.Comparison;

namespace FocalPoint.Linkage.Tests;

public class InternationalNormaliserTests
{
    [Theory]
    [InlineData("Smith", "SM0", "XMT")]
    [InlineData("Schmidt", "XMT", "SMT")]
    [InlineData("Thomas", "TMS", "TMS")]
    [InlineData("Williams", "ALMS", "FLMS")]
    [InlineData("Jose", "HS", "HS")]
    [InlineData("Gallegos", "KLKS", "KKS")]
    [InlineData("Xavier", "SF", "SFR")]
    [InlineData("Cabrillo", "KPRL", "KPR")]
    [InlineData("Knight", "NT", "NT")]
    [InlineData("Wright", "RT", "RT")]
    public void DoubleMetaphone_KnownNames_GivePublishedKeys(string name, string primary, string alternate) =>
        Assert.Equal((primary, alternate), Normalisers.DoubleMetaphone(name));

    [Fact]
    public void DoubleMetaphone_SpellingVariants_ShareKey() =>
        Assert.Equal(Normalisers.Apply("Catherine", "double-metaphone"), Normalisers.Apply("Kathryn", "double-metaphone"));

    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Ashcraft", "A261")]
    [InlineData("Tymczak", "T522")]
    [InlineData("Pfister", "P236")]
    public void Soundex_KnownNames_GiveCensusCodes(string name, string code) => Assert.Equal(code, Normalisers.Soundex(name));

    [Theory]
    [InlineData("Dr. John Smith Jr.", "john smith")]
    [InlineData("Mrs Mary-Ann O'Neill", "mary ann oneill")]
    [InlineData("Z. Agim Krasniqi", "agim krasniqi")]
    public void StripTitles_Honorifics_Removed(string text, string expected) => Assert.Equal(expected, Normalisers.StripTitles(text));

    [Fact]
    public void Email_TagAndCase_Folded() => Assert.Equal("john.smith@example.com", Normalisers.Email(" John.Smith+news@Example.COM "));

    [Fact]
    public void Email_NoAddress_IsNullAndUnreadableInPipeline()
    {
        Assert.Null(Normalisers.Email("john smith"));
        Assert.Null(Normalisers.Apply("not-an-address", "email-domain"));
        Assert.Equal("example.com", Normalisers.Apply("a@example.com", "email-domain"));
    }

    [Fact]
    public void EmailComparator_SameUserOtherProvider_SecondLevel()
    {
        var c = ComparatorFactory.Create("email", null, "email");
        Assert.Equal(1, c.Level("jsmith@gmail.com", "jsmith@yahoo.com"));
        Assert.Equal(2, c.Level("jsmith@gmail.com", "jsmiht@gmail.com"));
        Assert.Equal(c.Else, c.Level("jsmith@gmail.com", "bruce@gmail.com"));
    }

    [Fact]
    public void PostcodeComparator_SectorAndDistrict_Levels()
    {
        var c = ComparatorFactory.Create("postcode", [4, 3], "postcode");
        Assert.Equal(1, c.Level(Normalisers.Postcode("TN14 1AB"), Normalisers.Postcode("tn14 9xy")));
        Assert.Equal(2, c.Level("TN11AB", "TN19XY"));
        Assert.Equal(c.Else, c.Level("TN11AB", "CB11AB"));
    }

    [Fact]
    public void PostcodeLevels_NotWholeOrAscending_Refused()
    {
        Assert.Equal(LinkageErrorCodes.LevelOrder, Assert.Throws<LinkageException>(() => ComparatorFactory.Create("postcode", [3, 4], "p")).Code);
        Assert.Equal(LinkageErrorCodes.OutOfRange, Assert.Throws<LinkageException>(() => ComparatorFactory.Create("postcode", [2.5], "p")).Code);
    }

    [Theory]
    [InlineData("12a High St.", "12a", "high street")]
    [InlineData("Flat 3, 7 Church Rd", "3", "church road")]
    [InlineData("The Avenue", null, "the avenue")]
    public void Address_HouseNumberAndStreet_Split(string address, string? number, string street)
    {
        Assert.Equal(number, Normalisers.HouseNumber(address));
        Assert.Equal(street, Normalisers.Street(address));
    }

    [Fact]
    public void Blocking_DoubleMetaphoneKey_PairsSpellingVariants()
    {
        var settings = TestData.PersonSettings();
        settings.BlockingRules = [new() { Keys = [new() { Column = "surname", Normalisers = ["double-metaphone"] }] }];
        var table = TestData.Table(["1", "John", "Smith", "1970-01-01", null], ["2", "John", "Smyth", "1970-01-01", null], ["3", "Ann", "Jones", "1980-01-01", null]);

        var result = new Linker(settings).Deduplicate(table, new LinkOptions { MinPairProbability = 0 });

        Assert.Equal(1, result.Blocking.CandidatePairs);
    }
}
