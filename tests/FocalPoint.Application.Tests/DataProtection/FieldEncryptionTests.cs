using System.Data.Common;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Data;
using FocalPoint.Data.Protection;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.DataProtection;

/// <summary>Personal numbers and narratives are ciphertext in the database, plaintext through the use cases, and still searchable.</summary>
public sealed class FieldEncryptionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SavedIncidentAndPerson_RawColumnsHoldNoPlaintext_UseCasesReturnPlaintext(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (personId, incidentId) = await PersonSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());

        var rawNumber = await RawAsync(database, $"SELECT \"PersonalNumber\" FROM \"Persons\" WHERE \"Id\" = {personId}");
        var rawNarrative = await RawAsync(database, $"SELECT \"Narrative\" FROM \"Incidents\" WHERE \"Id\" = {incidentId}");
        Assert.DoesNotContain(PersonSeed.PersonalNumber, rawNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("Zastava", rawNarrative, StringComparison.OrdinalIgnoreCase);
        Assert.True(rawNarrative.Length > PersonSeed.Narrative.Length);

        var person = await services.RunAsync<GetPerson, PersonDetails?>(g => g.HandleAsync(personId, "Test of encryption"));
        var incident = await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(incidentId));
        Assert.Equal(PersonSeed.PersonalNumber, person!.PersonalNumber);
        Assert.Equal(PersonSeed.Narrative, incident!.Narrative);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ByPersonalNumberAndNarrativeWord_FindsTheEncryptedRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (personId, incidentId) = await PersonSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());

        var byNumber = await services.RunAsync<SearchPersons, CommandResult<PagedResult<PersonRow>>>(
            s => s.HandleAsync(new PersonSearch(PersonalNumber: "123 456 7890"), "Test of number search"));
        var byWord = await ListAsync(services, "ZASTAVA gjakove");
        var byPart = await ListAsync(services, "Zasta");

        Assert.Equal([personId], byNumber.Value!.Items.Select(r => r.Id));
        Assert.Equal([incidentId], byWord.Select(r => r.Id));
        Assert.Equal([incidentId], byPart.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UpdatedNarrative_ReplacesItsSearchTerms(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var id = (await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure()))).Value;
        var input = IncidentInputs.Seizure();
        input.Narrative = "Grenade surrendered at the station.";
        input.Version = 1;

        var saved = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.UpdateAsync(id, input));

        Assert.True(saved.Succeeded);
        Assert.Single(await ListAsync(services, "grenade"));
        Assert.Empty(await ListAsync(services, "boot"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SecondKeyRingOverTheSameDatabase_ReadsWhatTheFirstWrote(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (personId, _) = await PersonSeed.AddAsync(database);

        // A separate key ring instance, as another node or tomorrow's process has: keys come from the database.
        var other = DataProtectionSetup.CreateStandalone(database.Options, database.ConnectionString);
        var options = new DbContextOptionsBuilder<FocalPointDbContext>();
        DataServiceCollectionExtensions.Configure(options, database.Options, database.ConnectionString);
        await using var db = new FocalPointDbContext(options.UseFieldProtection(other).Options);

        Assert.Equal(PersonSeed.PersonalNumber, await db.Persons.Where(p => p.Id == personId).Select(p => p.PersonalNumber).SingleAsync());
    }

    private static async Task<IReadOnlyList<IncidentRow>> ListAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, string text) =>
        (await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(l => l.HandleAsync(new IncidentFilter { Text = text }))).Value!.Items;

    internal static async Task<string> RawAsync(TestDatabase database, string sql)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // test SQL built from ids only
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
