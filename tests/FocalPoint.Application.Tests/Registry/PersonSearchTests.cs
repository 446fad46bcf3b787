using FocalPoint.Application.Common;
using FocalPoint.Application.DataProtection;
using FocalPoint.Application.Tests.DataProtection;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Parties;
using FocalPoint.Domain.Resolution;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Registry;

/// <summary>Person search through the linkage normalisers: spellings across scripts, near spellings ranked lower, one entity's records together.</summary>
public sealed class PersonSearchTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_Uka_FindsUkaAndUkajButNeverLuka(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var uka = await AddAsync(database, "Besim", "Uka");
        var ukaj = await AddAsync(database, "Arben", "Ukaj");
        await AddAsync(database, "Luka", "Jovanović");
        await using var services = TestServices.For(database);

        var rows = await SearchAsync(services, "Uka");

        Assert.Equal([uka, ukaj], rows.Select(r => r.Id).Order());
        Assert.All(rows, r => Assert.Equal(NameMatch.Exact, r.Match));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_AlbanianSerbianAndCyrillicSpellings_FindEachOtherAndSlipsRankLast(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var albanian = await AddAsync(database, "Agim", "Krasniqi");
        var serbian = await AddAsync(database, "Agim", "Krasnići");
        var cyrillic = await AddAsync(database, "Агим", "Красниќи");
        var slip = await AddAsync(database, "Agim", "Krasnigi");
        await AddAsync(database, "Agim", "Berisha");
        await using var services = TestServices.For(database);

        var rows = await SearchAsync(services, "agim krasniqi");

        Assert.Equal([albanian, serbian, cyrillic], rows.Take(3).Select(r => r.Id).Order());
        Assert.Equal(slip, rows[^1].Id);
        Assert.Equal(NameMatch.Similar, rows[^1].Match);
        Assert.Equal(4, rows.Count);
        Assert.Contains(cyrillic, (await SearchAsync(services, "Krasnići")).Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_RecordsOfOneEntity_AreListedTogetherUnderIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await AddAsync(database, "Dritan", "Hoxha");
        var other = await AddAsync(database, "Dritan", "Hoxhaj");
        var second = await AddAsync(database, "Dritan", "Hoxha");
        long entityId;
        await using (var db = database.CreateContext())
        {
            var entity = new ResolvedEntity { Kind = ResolvedKind.Person };
            db.ResolvedEntities.Add(entity);
            await db.SaveChangesAsync();
            db.EntityMemberships.AddRange(
                new EntityMembership { Kind = ResolvedKind.Person, RecordId = first, EntityId = entity.Id },
                new EntityMembership { Kind = ResolvedKind.Person, RecordId = second, EntityId = entity.Id });
            await db.SaveChangesAsync();
            entityId = entity.Id;
        }

        await using var services = TestServices.For(database);
        var rows = await SearchAsync(services, "Dritan Hox");

        Assert.Equal(3, rows.Count);
        Assert.Equal([first, second], rows.Take(2).Select(r => r.Id).Order());
        Assert.All(rows.Take(2), r => Assert.Equal(entityId, r.EntityId));
        Assert.Equal(other, rows[2].Id);
        Assert.Null(rows[2].EntityId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RetentionQueue_WithAPurpose_AuditsTheNamesItShows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (person, _) = await PersonSeed.AddAsync(database, PersonRole.Suspect, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddYears(-6), "FP-2019-000001");
        await using var services = TestServices.For(database, access: TestUsers.Analyst());

        await services.RunAsync<ListRetentionDue, IReadOnlyList<RetentionDueRow>>(l => l.HandleAsync("Monthly retention review"));

        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events, e => e.Action == AuditAction.Consult);
        Assert.Equal("Monthly retention review", entry.Purpose);
        Assert.Contains($"Person/{person}", entry.RecordIds);
    }

    private static async Task<long> AddAsync(TestDatabase database, string given, string family)
    {
        await using var db = database.CreateContext();
        var person = new Person { GivenName = given, FamilyName = family, Sex = Sex.Male };
        db.Persons.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private static async Task<List<PersonRow>> SearchAsync(ServiceProvider services, string name)
    {
        var result = await services.RunAsync<SearchPersons, CommandResult<PagedResult<PersonRow>>>(s => s.HandleAsync(new PersonSearch(name), "Identify the owner"));
        Assert.True(result.Succeeded);
        return [.. result.Value!.Items];
    }
}
