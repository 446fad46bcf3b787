using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Registry;

public sealed class SaveIncidentTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_ValidSeizure_StoresNormalisedSerialCanonicalCalibreAndStamps(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "analyst");

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure("b-12 345", "7.62 x 39")));

        Assert.True(result.Succeeded);
        await using var db = database.CreateContext();
        var incident = await db.Incidents.Include(i => i.Firearms).ThenInclude(f => f.Calibre).SingleAsync(i => i.Id == result.Value);
        Assert.Equal("FP-2024-000001", incident.Reference);
        Assert.Equal(new DateTime(2024, 5, 17, 12, 30, 0, DateTimeKind.Utc), incident.OccurredAtUtc);
        Assert.Equal(new DateOnly(2024, 5, 17), incident.OccurredOn);
        Assert.Equal(1, incident.DirectorateId);
        Assert.Equal("analyst", incident.CreatedBy);
        Assert.Equal(1, incident.Version);
        var firearm = Assert.Single(incident.Firearms);
        Assert.Equal("b-12 345", firearm.SerialAsWritten);
        Assert.Equal("B12345", firearm.SerialNormalised);
        Assert.Equal("7.62x39mm", firearm.Calibre!.Name);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_UnknownReferenceValues_RefusedNamingAcceptedValuesAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var input = IncidentInputs.Seizure(calibre: "13.37x99");
        input.MunicipalityId = 999;
        input.Firearms[0].CountryOfManufacture = "QQ";

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));

        var errors = result.Errors!.ToDictionary();
        Assert.Contains("Prishtinë", errors["MunicipalityId"][0], StringComparison.Ordinal);
        Assert.Contains("7.62x39mm", errors["Firearms[0].Calibre"][0], StringComparison.Ordinal);
        Assert.Contains("RS", errors["Firearms[0].CountryOfManufacture"][0], StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Incidents.CountAsync());
        Assert.Equal(0, await db.Firearms.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_SameSerialTwiceInOneIncident_Refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var input = IncidentInputs.Seizure("AB 123");
        input.Firearms.Add(new FirearmInput { FirearmTypeId = 1, SerialAsWritten = "ab-123" });

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));

        Assert.Contains("appears twice", result.Errors!.ToDictionary()["Firearms[1].SerialAsWritten"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("line\u0007bell")]
    public async Task Create_MarkupOrControlCharactersInText_Refused(string hostile)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database);
        var input = IncidentInputs.Seizure();
        input.Narrative = hostile;

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));

        Assert.True(result.Errors!.ToDictionary().ContainsKey("Narrative"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_WithStaleVersion_ConflictsAndKeepsTheOtherChange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var id = (await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure()))).Value;
        var first = IncidentInputs.Seizure();
        first.Version = 1;
        first.Narrative = "First correction.";
        var stale = IncidentInputs.Seizure();
        stale.Version = 1;
        stale.Narrative = "Second correction from an old copy.";

        var ok = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.UpdateAsync(id, first));
        var conflict = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.UpdateAsync(id, stale));

        Assert.True(ok.Succeeded);
        Assert.True(conflict.Conflict);
        await using var db = database.CreateContext();
        var stored = await db.Incidents.SingleAsync(i => i.Id == id);
        Assert.Equal("First correction.", stored.Narrative);
        Assert.Equal(2, stored.Version);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_ItemsReplaced_RemovesMissingKeepsListedAddsNew(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var id = (await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure()))).Value;
        var details = (await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(id)))!;
        var input = IncidentInputs.Seizure();
        input.Version = details.Version;
        input.Firearms[0].Id = details.Firearms[0].Id;
        input.Firearms[0].SerialAsWritten = "NEW-1";
        input.Ammunition.Clear();
        input.Explosives.Add(new ExplosiveInput { Kind = Domain.Items.ExplosiveKind.HandGrenade, Designation = "M75", Count = 2 });

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.UpdateAsync(id, input));

        Assert.True(result.Succeeded);
        var after = (await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(id)))!;
        Assert.Equal(details.Firearms[0].Id, Assert.Single(after.Firearms).Id);
        Assert.Equal("NEW1", after.Firearms[0].SerialNormalised);
        Assert.Empty(after.Ammunition);
        Assert.Equal(2, Assert.Single(after.Explosives).Count);
    }

    [Fact]
    public async Task Update_UnknownIncident_ReportsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database);

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.UpdateAsync(424242, IncidentInputs.Seizure()));

        Assert.True(result.NotFound);
    }
}
