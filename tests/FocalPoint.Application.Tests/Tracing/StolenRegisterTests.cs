using FocalPoint.Application.Common;
using FocalPoint.Application.Tracing.Stolen;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Tracing;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Tracing;

public sealed class StolenRegisterTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordSeizure_SerialOfAStolenGunWithLookAlikes_HitShownToBothHolders(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var reporter = TracingWorld.Services(database, TracingWorld.User("station-officer", "Investigator"));
        await using var seizer = TracingWorld.Services(database, TracingWorld.User("border-officer", "BorderOfficer"));
        var stolenId = await TracingWorld.RecordAsync(reporter, TracingWorld.Theft("BO-12 345", new DateTime(2021, 3, 2, 22, 0, 0)));

        var seizedId = await TracingWorld.RecordAsync(seizer, IncidentInputs.Seizure("8O12345"));

        var seizerHits = await seizer.RunAsync<ListStolenHits, IReadOnlyList<StolenHitRow>>(l => l.HandleAsync());
        var reporterHits = await reporter.RunAsync<ListStolenHits, IReadOnlyList<StolenHitRow>>(l => l.HandleAsync());
        var hit = Assert.Single(seizerHits);
        Assert.Equal((seizedId, stolenId), (hit.Recorded.FirearmId, hit.Stolen.FirearmId));
        Assert.Equal(StolenMatch.LookAlike, hit.Match);
        Assert.True(hit.Mine);
        Assert.True(Assert.Single(reporterHits).Mine);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordSeizure_OtherSerialOrOtherMake_NoHit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator());
        await TracingWorld.RecordAsync(services, TracingWorld.Theft("B-12 345", new DateTime(2021, 3, 2, 22, 0, 0)));
        var otherMake = IncidentInputs.Seizure("B-12 346");
        otherMake.Firearms[0].MakeId = 2;

        await TracingWorld.RecordAsync(services, IncidentInputs.Seizure("Z-99 871"));
        await TracingWorld.RecordAsync(services, otherMake);

        Assert.Empty(await services.RunAsync<ListStolenHits, IReadOnlyList<StolenHitRow>>(l => l.HandleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_LookAlikePartialAndUnreadableCharacters_FindTheStolenGun(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator());
        var stolenId = await TracingWorld.RecordAsync(services, TracingWorld.Theft("AK-470 9931", new DateTime(2022, 1, 5, 10, 0, 0)));

        async Task<StolenMatch?> MatchOf(string serial) =>
            (await services.RunAsync<SearchStolen, CommandResult<IReadOnlyList<StolenAnswer>>>(s => s.HandleAsync(serial))).Value!
                .Where(a => a.StolenFirearmId == stolenId).Select(a => (StolenMatch?)a.Match).FirstOrDefault();

        Assert.Equal(StolenMatch.Exact, await MatchOf("ak4709931"));
        Assert.Equal(StolenMatch.LookAlike, await MatchOf("AK-47O 993I"));
        Assert.Equal(StolenMatch.Partial, await MatchOf("7099"));
        Assert.Equal(StolenMatch.Partial, await MatchOf("AK470?931"));
        Assert.Equal(StolenMatch.OneCharacter, await MatchOf("AK4709913"));
        Assert.Null(await MatchOf("XY1234567"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_TooShortSerial_RefusedWithAMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TracingWorld.Services(database, TracingWorld.Investigator());

        var result = await services.RunAsync<SearchStolen, CommandResult<IReadOnlyList<StolenAnswer>>>(s => s.HandleAsync("-1-"));

        Assert.Contains("3 to 60", result.Errors!.ToDictionary()["Serial"][0], StringComparison.Ordinal);
    }
}
