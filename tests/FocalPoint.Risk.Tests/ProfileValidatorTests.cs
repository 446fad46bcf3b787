using FocalPoint.Risk.Profiles;
using static FocalPoint.Risk.Tests.TestData;

namespace FocalPoint.Risk.Tests;

public class ProfileValidatorTests
{
    private static Indicator Point(double weight, params string[] codes) => Indicator.OneOf(IndicatorKind.CrossingPoint, weight, "route", codes);

    [Fact]
    public void Validate_SoundProfile_HasNoProblems()
    {
        var profile = Profile("a", 2, Point(1, "KS-MRD"), Indicator.SameDay(1, "same-day return"));

        Assert.Empty(ProfileValidator.Validate(profile));
    }

    [Fact]
    public void Validate_NoIndicators_IsRefusedAsEmpty()
    {
        var problem = Assert.Single(ProfileValidator.Validate(Profile("a", 1)));

        Assert.Equal(ProfileProblemCode.Empty, problem.Code);
    }

    [Fact]
    public void Validate_WeightsBelowThreshold_NeverFires()
    {
        var problem = Assert.Single(ProfileValidator.Validate(Profile("a", 5, Point(1, "KS-MRD"), Indicator.SameDay(2, "x"))));

        Assert.Equal(ProfileProblemCode.NeverFires, problem.Code);
        Assert.Contains("add up to 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoCrossingPointsBothNeeded_IsContradictory()
    {
        var problem = Assert.Single(ProfileValidator.Validate(Profile("a", 2, Point(1, "KS-MRD"), Point(1, "KS-JAR"))));

        Assert.Equal(ProfileProblemCode.Contradictory, problem.Code);
        Assert.Equal([0, 1], problem.Indicators);
        Assert.Contains("at most 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoCrossingPointsAsAlternatives_IsAccepted()
    {
        Assert.Empty(ProfileValidator.Validate(Profile("a", 1, Point(1, "KS-MRD"), Point(1, "KS-JAR"))));
    }

    [Fact]
    public void Validate_EntryAndExitBothNeeded_IsContradictory()
    {
        var profile = Profile("a", 2,
            Indicator.OneOf(IndicatorKind.Direction, 1, "in", "entry"),
            Indicator.OneOf(IndicatorKind.Direction, 1, "out", "exit"));

        Assert.Equal(ProfileProblemCode.Contradictory, Assert.Single(ProfileValidator.Validate(profile)).Code);
    }

    [Fact]
    public void Validate_DisjointHoursBothNeeded_IsContradictory()
    {
        var profile = Profile("a", 2, Indicator.Hours(22, 4, 1, "night"), Indicator.Hours(10, 14, 1, "noon"));

        Assert.Equal(ProfileProblemCode.Contradictory, Assert.Single(ProfileValidator.Validate(profile)).Code);
    }

    [Theory]
    [InlineData(IndicatorKind.CrossingPoint)]
    [InlineData(IndicatorKind.CargoWord)]
    public void Validate_IndicatorWithoutValues_NeverFires(IndicatorKind kind)
    {
        var problem = Assert.Single(ProfileValidator.Validate(Profile("a", 1, new Indicator(kind, 1, "x", []))));

        Assert.Equal(ProfileProblemCode.IndicatorNeverFires, problem.Code);
    }

    [Fact]
    public void Validate_EmptyHourWindowAndOneVisit_BothNeverFire()
    {
        var problems = ProfileValidator.Validate(Profile("a", 1, Indicator.Hours(5, 5, 1, "x"), Indicator.Repeated(1, 7, 1, "y")));

        Assert.Equal([ProfileProblemCode.IndicatorNeverFires, ProfileProblemCode.IndicatorNeverFires], problems.Select(p => p.Code));
    }

    [Fact]
    public void Validate_ZeroThresholdOrWeightOrNoExplanation_IsRefused()
    {
        Assert.Contains(ProfileValidator.Validate(Profile("a", 0, Point(1, "X"))), p => p.Code == ProfileProblemCode.HitsEverything);
        Assert.Contains(ProfileValidator.Validate(Profile("a", 1, Point(0, "X"))), p => p.Code == ProfileProblemCode.BadIndicator);
        Assert.Contains(ProfileValidator.Validate(Profile("a", 1, Indicator.OneOf(IndicatorKind.CrossingPoint, 1, " ", "X"))), p => p.Code == ProfileProblemCode.BadIndicator);
    }
}

public class ProfileJsonTests
{
    [Fact]
    public void WriteThenRead_Profiles_RoundTripWithKindsByName()
    {
        var profile = Profile("a", 2, Indicator.OneOf(IndicatorKind.CrossingPoint, 1, "route", "VER"), Indicator.Repeated(3, 7, 1.5, "visits"));

        var json = ProfileJson.WriteProfiles([profile]);
        var back = Assert.Single(ProfileJson.ReadProfiles(json));

        Assert.Contains("\"RepeatedVisits\"", json, StringComparison.Ordinal);
        Assert.Equal(profile with { Indicators = [] }, back with { Indicators = [] });
        Assert.Equal(profile.Indicators[1], back.Indicators[1]);
        Assert.Equal(["VER"], back.Indicators[0].Values);
    }
}
