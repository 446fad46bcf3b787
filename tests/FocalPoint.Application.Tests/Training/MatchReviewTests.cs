using FocalPoint.Application.Common;
using FocalPoint.Application.Training.Figures;
using FocalPoint.Application.Training.Persons;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Training;

public sealed class MatchReviewTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Decide_NearSpellingConfirmedSame_CountedOnceAfterwards(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TrainingWorld.Services(database);
        var first = await TrainingWorld.CourseAsync(services, "Tracing basics", new DateOnly(2025, 3, 3));
        var second = await TrainingWorld.CourseAsync(services, "Tracing advanced", new DateOnly(2025, 9, 8));
        await TrainingWorld.ImportAsync(services, first, "Name,Sex\nValdete Morina,F\n");

        var imported = (await TrainingWorld.ImportAsync(services, second, "Name,Sex\nValdete Murina,F\n")).Value!;
        var before = await PersonsAsync(services);
        var pairs = await services.RunAsync<MatchReviews, IReadOnlyList<MatchReviewRow>>(m => m.OpenAsync("Training records check"));
        var decided = await services.RunAsync<MatchReviews, CommandResult<bool>>(m => m.DecideAsync(pairs.Single().Id, same: true));
        var after = await PersonsAsync(services);

        Assert.Equal(1, imported.Doubts);
        Assert.Equal(("Valdete", "Murina", "Morina"), (pairs.Single().GivenName, pairs.Single().FamilyName, pairs.Single().CandidateFamilyName));
        Assert.True(decided.Succeeded);
        Assert.Equal(2, before.Total);
        Assert.Equal(new SexCounts(0, 1, 0), after);
        Assert.Empty(await services.RunAsync<MatchReviews, IReadOnlyList<MatchReviewRow>>(m => m.OpenAsync("Training records check")));
    }

    [Fact]
    public void Match_SameNameOtherBirthYear_DoubtNotMerged()
    {
        var matcher = new PersonMatcher([new PersonTraits(1, PersonMatcher.Key("Arben", "Krasniqi"), 1985, Sex.Male)]);

        var other = matcher.Match(PersonMatcher.Key("Arben", "Krasniqi"), 1979, Sex.Male);
        var cyrillic = matcher.Match(PersonMatcher.Key("Арбен", "Красниќи"), null, Sex.NotRecorded);
        var stranger = matcher.Match(PersonMatcher.Key("Milica", "Jovanović"), 1985, Sex.Female);

        Assert.Equal(MatchOutcome.Doubt, other.Outcome);
        Assert.Equal((MatchOutcome.Same, 1L), (cyrillic.Outcome, cyrillic.Candidate!.Id));
        Assert.Equal(MatchOutcome.New, stranger.Outcome);
    }

    private static async Task<SexCounts> PersonsAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services) =>
        (await services.RunAsync<TrainingFigures, CommandResult<TrainingFiguresView>>(f => f.HandleAsync(new TrainingFilter()))).Value!.Persons;
}
