using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Registry.Firearms;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Registry;

public sealed class DemoLoadTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Load_SmallScale_WritesEveryGeneratedRowAndNewRowsGetFreshIds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var generator = new DemoGenerator(ReferenceDataCatalog.Load(), new DemoOptions(Seed: 7, Scale: 0.05));
        long generatedPersons = 0, generatedFirearms = 0;
        await using (var db = database.CreateContext())
        {
            var loaded = await new DemoDataLoader(db).LoadAsync(generator, onBatch: b =>
            {
                generatedPersons += b.Persons.Count;
                generatedFirearms += b.Firearms.Count;
            });
            Assert.True(loaded.Incidents > 300);
        }

        await using var check = database.CreateContext();
        Assert.Equal(generatedPersons, await check.Persons.LongCountAsync());
        Assert.Equal(generatedFirearms, await check.Firearms.LongCountAsync());

        // After a bulk load with explicit ids, the next ordinary insert must not collide.
        await using var services = TestServices.For(database);
        var created = await services.RunAsync<FocalPoint.Application.Registry.Incidents.SaveIncident, FocalPoint.Application.Common.CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure("ZZ-NEW-1")));
        Assert.True(created.Succeeded);
        Assert.True(created.Value > await check.Incidents.Where(i => i.Id != created.Value).MaxAsync(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonAndFirearmPages_ListEveryIncidentTheyAppearIn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await new DemoDataLoader(db).LoadAsync(new DemoGenerator(ReferenceDataCatalog.Load(), new DemoOptions(Seed: 7, Scale: 0.05)));
        }

        await using var services = TestServices.For(database);
        await using var check = database.CreateContext();
        var busy = await check.IncidentPersons.GroupBy(ip => ip.PersonId)
            .Select(g => new { PersonId = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).FirstAsync();
        var person = await services.RunAsync<GetPerson, PersonDetails?>(g => g.HandleAsync(busy.PersonId, "Test of the person page"));
        Assert.Equal(busy.Count, person!.Incidents.Count);

        var firearm = await check.Firearms.FirstAsync(f => f.SerialNormalised != null);
        var details = await services.RunAsync<GetFirearm, FirearmDetails?>(g => g.HandleAsync(firearm.Id));
        Assert.Contains(details!.Appearances, a => a.FirearmId == firearm.Id);
        Assert.All(details.Appearances, a => Assert.NotNull(a.SerialAsWritten));
    }
}
