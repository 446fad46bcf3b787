using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Registry;

/// <summary>What people type into the incident list's search: parts of references, makes, models, calibres, serials, places, words.</summary>
public sealed class IncidentTextSearchTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_PartOfAReference_FindsItByItsStartOrEnd(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var first = await AddAsync(services, Input("AAA-1"));
        var second = await AddAsync(services, Input("AAA-2"));

        Assert.Equal([first], await SearchAsync(services, "00001"));
        Assert.Equal([second], await SearchAsync(services, "FP-2024-000002"));
        Assert.Equal([second, first], await SearchAsync(services, "2024-0000"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_MakeModelCalibreAndType_MatchByTheirStart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var glock = Input("GL-100", calibre: "9x19");
        (glock.Firearms[0].MakeId, glock.Firearms[0].Model) = (4, "G17 Gen4");
        var glockId = await AddAsync(services, glock);
        var zastava = Input("ZA-200");
        zastava.Firearms[0].FirearmTypeId = 3;
        var zastavaId = await AddAsync(services, zastava);

        Assert.Equal([glockId], await SearchAsync(services, "Glo"));
        Assert.Equal([glockId], await SearchAsync(services, "gen"));
        Assert.Equal([zastavaId], await SearchAsync(services, "Zast"));
        Assert.Equal([zastavaId], await SearchAsync(services, "7.62x39"));
        Assert.Equal([glockId], await SearchAsync(services, "9x19"));
        Assert.Equal([glockId], await SearchAsync(services, "pistol"));
        Assert.Equal([glockId], await SearchAsync(services, "Пиштољ"));
        Assert.Equal([zastavaId], await SearchAsync(services, "pushkë"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_SerialWithLookAlikesOrInPart_FindsTheFirearm(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var match = await AddAsync(services, Input("BO-44 1750"));
        await AddAsync(services, Input("KX-99 2222"));

        Assert.Equal([match], await SearchAsync(services, "B0441750"));
        Assert.Equal([match], await SearchAsync(services, "8O4417SO"));
        Assert.Equal([match], await SearchAsync(services, "1750"));
        Assert.Equal([match], await SearchAsync(services, "BO44"));
        Assert.Empty(await SearchAsync(services, "B0441751"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_MunicipalityInAnyLanguageOrScript_FindsItsIncidents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var lipjan = Input("LI-1");
        lipjan.MunicipalityId = 4;
        var lipjanId = await AddAsync(services, lipjan);
        await AddAsync(services, Input("PR-1"));

        foreach (var spelling in new[] { "Lipjan", "Lipljan", "Липљан", "lipl" })
        {
            Assert.Equal([lipjanId], await SearchAsync(services, spelling));
        }

        Assert.Single(await SearchAsync(services, "Приштина"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_StartsOfNarrativeWords_FindIncidentsHoldingEveryWord(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var first = Input("N-1");
        first.Narrative = "Pistol found in a car boot during a traffic stop.";
        var boot = await AddAsync(services, first);
        var other = Input("N-2");
        other.Narrative = "Grenade handed over for examination.";
        var grenade = await AddAsync(services, other);

        Assert.Equal([grenade], await SearchAsync(services, "exam"));
        Assert.Equal([boot], await SearchAsync(services, "traf bo"));
        Assert.Equal([boot], await SearchAsync(services, "traf boot"));
        Assert.Empty(await SearchAsync(services, "exam traffic"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_IncidentOutOfReach_IsNeverFoundByAnyKindOfMatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string reference;
        await using (var author = TestServices.For(database, "author"))
        {
            var input = Input("HX-77 3131");
            (input.Tlp, input.HandlingCode, input.Narrative) = (Tlp.Red, HandlingCode.H0, "Secret examination of a cache.");
            (input.Firearms[0].MakeId, input.Firearms[0].Model) = (4, "G19");
            var id = await AddAsync(author, input);
            await using var db = database.CreateContext();
            reference = db.Incidents.Single(i => i.Id == id).Reference;
        }

        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        foreach (var text in new[] { reference, "00001", "HX77", "3131", "Glock", "G19", "secr", "exam", "Priština" })
        {
            Assert.Empty(await SearchAsync(outsider, text));
        }
    }

    /// <summary>A seizure whose narrative names no firearm, so that each test's matches come from what it is about.</summary>
    private static IncidentInput Input(string serial, string calibre = "7,62x39")
    {
        var input = IncidentInputs.Seizure(serial, calibre);
        input.Narrative = "Items secured at the scene.";
        return input;
    }

    private static async Task<long> AddAsync(ServiceProvider services, IncidentInput input)
    {
        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().Select(e => e.Key + ": " + string.Join(",", e.Value)) ?? []));
        return result.Value;
    }

    private static async Task<List<long>> SearchAsync(ServiceProvider services, string text)
    {
        var result = await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(l => l.HandleAsync(new IncidentFilter { Text = text }));
        Assert.True(result.Succeeded);
        return result.Value!.Items.Select(i => i.Id).ToList();
    }
}
