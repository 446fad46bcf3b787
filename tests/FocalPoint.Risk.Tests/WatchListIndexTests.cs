using FocalPoint.Risk.WatchList;

namespace FocalPoint.Risk.Tests;

public class WatchListIndexTests
{
    private static readonly WatchEntry Courier = new("p1", WatchKind.Person, "Agim Krasniqi", new DateOnly(1980, 5, 17), "incident 7");
    private static readonly WatchEntry Car = new("v1", WatchKind.Vehicle, "01-123-AB", null, "incident 9");

    private static WatchListIndex Index() => new([Courier, Car, new("p2", WatchKind.Person, "Dragan Petrović", null, "incident 3")]);

    [Theory]
    [InlineData("Agim Krasniqi")]
    [InlineData("KRASNIĆI Agim")]
    [InlineData("Agim Krasniki")]
    [InlineData("Agim Krasnqi")]
    public void MatchPerson_SpellingVariantsAndWordOrder_FindTheEntry(string name)
    {
        var match = Assert.Single(Index().MatchPerson(name, null, "person 1"));

        Assert.Equal("p1", match.Entry.EntityId);
        Assert.True(match.Similarity >= 0.9);
    }

    [Fact]
    public void MatchPerson_OtherBirthDate_IsNoMatch()
    {
        Assert.Empty(Index().MatchPerson("Agim Krasniqi", new DateOnly(1991, 1, 1), "person 1"));
        Assert.True(Assert.Single(Index().MatchPerson("Agim Krasniqi", new DateOnly(1980, 5, 17), "person 1")).BirthDateAgrees);
    }

    [Fact]
    public void MatchPerson_SameBirthDateBothWordsMisspelt_StillFoundThroughTheBirthDate()
    {
        var match = Assert.Single(Index().MatchPerson("Ajim Krasniqqi", new DateOnly(1980, 5, 17), "person 1"));

        Assert.Equal("p1", match.Entry.EntityId);
    }

    [Fact]
    public void MatchPerson_Stranger_IsNoMatch()
    {
        Assert.Empty(Index().MatchPerson("Besnik Gashi", null, "person 1"));
    }

    [Theory]
    [InlineData("01123AB", 1.0)]
    [InlineData("01 123 ab", 1.0)]
    [InlineData("O1123A8", 1.0)]
    [InlineData("01132AB", 0.9)]
    [InlineData("0123AB", 0.9)]
    [InlineData("011233AB", 0.9)]
    public void MatchPlate_SameLookAlikeOrOneMisreadingAway_FindsTheVehicle(string plate, double atLeast)
    {
        var match = Assert.Single(Index().MatchPlate(plate));

        Assert.Equal("v1", match.Entry.EntityId);
        Assert.True(match.Similarity >= atLeast, $"{match.Similarity}");
    }

    [Fact]
    public void MatchPlate_OtherCharacterOrTwoEditsAway_IsNoMatch()
    {
        Assert.Empty(Index().MatchPlate("01128AB"));
        Assert.Empty(Index().MatchPlate("02128AB"));
    }

    [Fact]
    public void RemoveAndAdd_ChangeWhatMatches()
    {
        var index = Index();

        Assert.True(index.Remove("v1"));
        Assert.Empty(index.MatchPlate("01123AB"));
        index.Add(Car with { Value = "07-777-KS" });
        Assert.Single(index.MatchPlate("07777KS"));
        Assert.Equal(3, index.Count);
    }
}
