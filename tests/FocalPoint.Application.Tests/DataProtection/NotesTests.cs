using FocalPoint.Application.Common;
using FocalPoint.Application.Notes;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Notes;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.DataProtection;

public sealed class NotesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddNote_OnReachableIncident_IsStoredWithItsKind(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, incidentId) = await PersonSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());

        var fact = await services.RunAsync<AddNote, CommandResult<long>>(a => a.HandleAsync(new NoteInput(EntityKind.Incident, incidentId, NoteKind.Fact, "Serial filed off.")));
        var opinion = await services.RunAsync<AddNote, CommandResult<long>>(a => a.HandleAsync(new NoteInput(EntityKind.Incident, incidentId, NoteKind.Assessment, "Likely from a 1997 depot.")));
        var notes = await services.RunAsync<ListNotes, IReadOnlyList<NoteRow>?>(l => l.HandleAsync(EntityKind.Incident, incidentId));

        Assert.True(fact.Succeeded && opinion.Succeeded);
        Assert.Equal([NoteKind.Assessment, NoteKind.Fact], notes!.Select(n => n.Kind));
        Assert.Equal("analyst", notes![0].Author);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddNote_ByCommanderOrOnPersonOutOfReach_IsNotFound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (personId, _) = await PersonSeed.AddAsync(database);
        await using var commander = TestServices.For(database, access: TestUsers.Commander());

        var result = await commander.RunAsync<AddNote, CommandResult<long>>(a => a.HandleAsync(new NoteInput(EntityKind.Person, personId, NoteKind.Fact, "Anything.")));
        var list = await commander.RunAsync<ListNotes, IReadOnlyList<NoteRow>?>(l => l.HandleAsync(EntityKind.Person, personId));

        Assert.True(result.NotFound);
        Assert.Null(list);
    }
}
