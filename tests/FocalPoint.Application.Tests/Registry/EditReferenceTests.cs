using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Registry;

public sealed class EditReferenceTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveCalibre_NewWithAliases_IsAcceptedByIncidentFormsAtOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "admin");

        var added = await services.RunAsync<EditReference, CommandResult<int>>(e => e.SaveCalibreAsync(null, new CalibreInput
        {
            Name = ".300 AAC Blackout", Aliases = ["300 BLK", "7,62x35"],
        }));
        var incident = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure("SW-1", "300 blk")));

        Assert.True(added.Succeeded);
        Assert.True(incident.Succeeded, "An alias added by the administrator must be accepted without a restart.");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveCalibre_AliasAlreadyMeaningAnother_RefusedNamingIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "admin");

        var result = await services.RunAsync<EditReference, CommandResult<int>>(e => e.SaveCalibreAsync(null, new CalibreInput
        {
            Name = "Something new", Aliases = ["7,62x39"],
        }));

        Assert.Contains("7.62x39mm", result.Errors!.ToDictionary()["Aliases"][0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveMunicipality_Corrected_NewNamesServedAndBadValuesRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, "admin");
        var input = new MunicipalityInput { NameEn = "Pristina", NameSq = "Prishtinë", NameSr = "Priština", DirectorateId = 1, Latitude = 42.66, Longitude = 21.16, Population = 230000 };

        var ok = await services.RunAsync<EditReference, CommandResult<int>>(e => e.SaveMunicipalityAsync(1, input));
        input.Latitude = 123;
        input.DirectorateId = 99;
        var bad = await services.RunAsync<EditReference, CommandResult<int>>(e => e.SaveMunicipalityAsync(1, input));
        var missing = await services.RunAsync<EditReference, CommandResult<int>>(e => e.SaveMunicipalityAsync(999, input));
        var snapshot = await services.RunAsync<ReferenceCache, ReferenceSnapshot>(c => c.GetAsync());

        Assert.True(ok.Succeeded);
        Assert.Equal(230000, snapshot.MunicipalityById[1].Population);
        Assert.True(bad.Errors!.ToDictionary().ContainsKey("Latitude"));
        Assert.True(bad.Errors!.ToDictionary().ContainsKey("DirectorateId"));
        Assert.True(missing.NotFound);
    }

    [Fact]
    public async Task SaveMake_DuplicateName_Refused()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database, "admin");

        var result = await services.RunAsync<EditReference, CommandResult<int>>(e => e.SaveMakeAsync(null, new MakeInput { Name = "Zastava", Country = "RS" }));

        Assert.True(result.Errors!.ToDictionary().ContainsKey("Name"));
    }
}
