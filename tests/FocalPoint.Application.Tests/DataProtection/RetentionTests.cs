using FocalPoint.Application.Common;
using FocalPoint.Application.DataProtection;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.DataProtection;

public sealed class RetentionTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewQueue_ListsSuspectPastTheRule_NotARecentWitnessNorAKeptRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (old, _) = await PersonSeed.AddAsync(database, PersonRole.Suspect, Today.AddYears(-6), "FP-2019-000001");
        var (recent, _) = await PersonSeed.AddAsync(database, PersonRole.Witness, Today.AddYears(-2), "FP-2023-000001");
        await using var services = TestServices.For(database, access: TestUsers.Analyst());

        var due = await services.RunAsync<ListRetentionDue, IReadOnlyList<RetentionDueRow>>(l => l.HandleAsync());
        var kept = await services.RunAsync<KeepRecord, CommandResult<DateOnly>>(k => k.HandleAsync(new KeepInput(EntityKind.Person, old, "Open prosecution in Peja court.")));
        var after = await services.RunAsync<ListRetentionDue, IReadOnlyList<RetentionDueRow>>(l => l.HandleAsync());

        var row = Assert.Single(due, r => r.Kind == EntityKind.Person);
        Assert.Equal(old, row.Id);
        Assert.Equal(Today.AddYears(-1), row.DueOn);
        Assert.DoesNotContain(due, r => r.Id == recent && r.Kind == EntityKind.Person);
        Assert.True(kept.Succeeded);
        Assert.DoesNotContain(after, r => r.Kind == EntityKind.Person);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ReviewQueue_ForCommander_IsEmpty(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await PersonSeed.AddAsync(database, PersonRole.Suspect, Today.AddYears(-6));
        await using var services = TestServices.For(database, access: TestUsers.Commander());

        Assert.Empty(await services.RunAsync<ListRetentionDue, IReadOnlyList<RetentionDueRow>>(l => l.HandleAsync()));
    }
}
