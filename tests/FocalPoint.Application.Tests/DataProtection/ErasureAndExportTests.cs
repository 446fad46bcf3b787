using FocalPoint.Application.Common;
using FocalPoint.Application.DataProtection;
using FocalPoint.Application.Notes;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Notes;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.DataProtection;

public sealed class ErasureAndExportTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ErasePerson_LeavesNoPersonalDataAndOneEraseEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (personId, incidentId) = await PersonSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        await services.RunAsync<AddNote, CommandResult<long>>(a => a.HandleAsync(new NoteInput(EntityKind.Person, personId, NoteKind.Assessment, "Seems to lead the group.")));

        var erased = await services.RunAsync<ErasePerson, CommandResult<long>>(e => e.HandleAsync(personId, "Retention period over, no open case."));

        Assert.True(erased.Succeeded);
        Assert.Equal("0", await FieldEncryptionTests.RawAsync(database, $"SELECT COUNT(*) FROM \"Persons\" WHERE \"Id\" = {personId} OR \"FamilyName\" = 'Krasniqi'"));
        Assert.Equal("0", await FieldEncryptionTests.RawAsync(database, $"SELECT COUNT(*) FROM \"IncidentPersons\" WHERE \"PersonId\" = {personId}"));
        Assert.Equal("0", await FieldEncryptionTests.RawAsync(database, $"SELECT COUNT(*) FROM \"Notes\" WHERE \"SubjectKind\" = 'Person' AND \"SubjectId\" = {personId}"));
        Assert.Equal("1", await FieldEncryptionTests.RawAsync(database, $"SELECT COUNT(*) FROM \"Incidents\" WHERE \"Id\" = {incidentId}"));
        var entry = Assert.Single(Audit(services).Events, e => e.Action == AuditAction.Erase);
        Assert.Equal([$"Person/{personId}"], entry.RecordIds);
        Assert.Equal("Retention period over, no open case.", entry.Purpose);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ErasePerson_ByCommanderOrUnknownId_IsNotFound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (personId, _) = await PersonSeed.AddAsync(database);
        await using var commander = TestServices.For(database, access: TestUsers.Commander());
        await using var analyst = TestServices.For(database, access: TestUsers.Analyst());

        Assert.True((await commander.RunAsync<ErasePerson, CommandResult<long>>(e => e.HandleAsync(personId, "Retention period over."))).NotFound);
        Assert.True((await analyst.RunAsync<ErasePerson, CommandResult<long>>(e => e.HandleAsync(personId + 1000, "Retention period over."))).NotFound);
        Assert.Empty(Audit(commander).Events);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SubjectAccessExport_HoldsThePersonsIncidentsAndLeavesOneExportEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (personId, incidentId) = await PersonSeed.AddAsync(database);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());

        var export = await services.RunAsync<ExportSubjectAccess, SubjectAccessExport?>(e => e.HandleAsync(personId, "Subject access request 2026/14"));

        Assert.Equal(PersonSeed.PersonalNumber, export!.Person.PersonalNumber);
        var incident = Assert.Single(export.Incidents);
        Assert.Equal(incidentId, incident.Id);
        Assert.Equal(PersonSeed.Narrative, incident.Narrative);
        Assert.StartsWith("Complete", export.Scope, StringComparison.Ordinal);
        var entry = Assert.Single(Audit(services).Events, e => e.Action == AuditAction.Export);
        Assert.Equal("Subject access request 2026/14", entry.Purpose);
        Assert.Contains($"Person/{personId}", entry.RecordIds);
    }

    private static RecordingAuditLog Audit(ServiceProvider services) => services.GetRequiredService<RecordingAuditLog>();
}
