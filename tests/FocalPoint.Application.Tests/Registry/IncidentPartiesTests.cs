using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Parties;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Registry;

/// <summary>Persons, vehicles and identifiers recorded with an incident from the form or the API.</summary>
public sealed class IncidentPartiesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_WithNewAndExistingParties_StoresRolesLinksAndNormalisedKeys(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "analyst");
        var known = await ExistingPartiesAsync(database);
        var input = IncidentInputs.Seizure("AB 123");
        input.Persons.Add(new PersonPartyInput { GivenName = "Arben", FamilyName = "Krasniqi", DateOfBirth = new DateOnly(1990, 4, 2), Sex = Sex.Male, Role = PersonRole.Suspect });
        input.Persons.Add(new PersonPartyInput { PersonId = known.PersonId, Role = PersonRole.Witness });
        input.Vehicles.Add(new VehiclePartyInput { Plate = "01-ЕК-234", Make = "Golf" });
        input.Vehicles.Add(new VehiclePartyInput { VehicleId = known.VehicleId });
        input.Identifiers.Add(new IdentifierPartyInput { Kind = CommunicationKind.Phone, Value = "044 123 456" });

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().SelectMany(e => e.Value) ?? []));
        await using var db = database.CreateContext();
        var roles = await db.IncidentPersons.Where(ip => ip.IncidentId == result.Value).Include(ip => ip.Person).ToListAsync();
        Assert.Equal(2, roles.Count);
        Assert.Contains(roles, r => r.Person!.FamilyName == "Krasniqi" && r.Role == PersonRole.Suspect && r.Person.DateOfBirth == new DateOnly(1990, 4, 2));
        Assert.Contains(roles, r => r.PersonId == known.PersonId && r.Role == PersonRole.Witness);
        var links = await db.Links.Where(l => l.SourceIncidentId == result.Value).ToListAsync();
        Assert.Equal(3, links.Count);
        Assert.All(links, l => Assert.Equal((EntityKind.Incident, result.Value, LinkType.InvolvedIn), (l.ToKind, l.ToId, l.Type)));
        var newCar = await db.Vehicles.SingleAsync(v => v.Plate == "01-ЕК-234");
        Assert.Equal("01EK234", newCar.PlateNormalised);
        Assert.Contains(links, l => l.FromKind == EntityKind.Vehicle && l.FromId == known.VehicleId);
        Assert.Equal("+38344123456", (await db.CommunicationIdentifiers.SingleAsync()).Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_UnknownPersonIdOrNamelessPerson_RefusedAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "analyst");
        var input = IncidentInputs.Seizure("AB 123");
        input.Persons.Add(new PersonPartyInput { PersonId = 987_654 });
        input.Persons.Add(new PersonPartyInput { GivenName = "Arben" });

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));

        Assert.False(result.Succeeded);
        Assert.Equal(Messages.Required.Code, Assert.Single(result.Errors!.For("Persons[1].FamilyName")).Code);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Incidents.CountAsync());
        Assert.Equal(0, await db.Persons.CountAsync());

        input.Persons.RemoveAt(1);
        var second = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.Equal(Messages.UnknownRecord.Code, Assert.Single(second.Errors!.For("Persons")).Code);
        Assert.Equal(0, await db.Incidents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FindVehicles_PlateWrittenWithCyrillicLookAlikesAndSpaces_FindsTheRecord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "analyst");
        var known = await ExistingPartiesAsync(database);

        var found = await services.RunAsync<FindPartyRecords, IReadOnlyList<VehicleMatch>>(f => f.VehiclesAsync("02 ВЕ 777"));

        Assert.Equal(known.VehicleId, Assert.Single(found).Id);
    }

    private static async Task<(long PersonId, long VehicleId)> ExistingPartiesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var person = new Person { GivenName = "Drita", FamilyName = "Gashi", Sex = Sex.Female };
        var car = new Vehicle { Plate = "02-BE-777", PlateNormalised = "02BE777", Make = "Audi" };
        db.Persons.Add(person);
        db.Vehicles.Add(car);
        await db.SaveChangesAsync();
        return (person.Id, car.Id);
    }
}
