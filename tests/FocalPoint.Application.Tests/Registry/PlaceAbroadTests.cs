using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Registry;

/// <summary>Issue 19 item 3: an incident abroad is recorded with its country, region and place, and never half in Kosovo.</summary>
public sealed class PlaceAbroadTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_PlaceAbroad_IsReadBackWithoutAMunicipality(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var input = Abroad("AL", " Durrës ", "Durrës County");

        var created = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        var details = await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(created.Value));

        Assert.True(created.Succeeded);
        Assert.Equal(new PlaceAbroad("AL", "Durrës County", "Durrës"), details!.Abroad);
        Assert.Null(details.MunicipalityId);
        Assert.Null(details.DirectorateId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_BadPlaces_AreRefusedWithTheFieldAndNothingIsSaved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var both = Abroad("AL", "Durrës");
        both.MunicipalityId = 1;

        var results = new Dictionary<string, CommandResult<long>>
        {
            ["both"] = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(both)),
            ["kosovo"] = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(Abroad("XK", "Prizren"))),
            ["unknown"] = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(Abroad("QQ", "Atlantis"))),
            ["nameless"] = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(Abroad("MK", "  "))),
        };

        Assert.All(results.Values, r => Assert.False(r.Succeeded));
        Assert.Equal(Messages.PlaceEitherOr.Code, Code(results["both"], "MunicipalityId"));
        Assert.Equal(Messages.PlaceAbroadNotKosovo.Code, Code(results["kosovo"], "PlaceCountryCode"));
        Assert.Equal(Messages.UnknownCountry.Code, Code(results["unknown"], "PlaceCountryCode"));
        Assert.Equal(Messages.Required.Code, Code(results["nameless"], "PlaceName"));
        await using var db = database.CreateContext();
        Assert.Empty(db.Incidents);
    }

    private static IncidentInput Abroad(string country, string place, string? region = null)
    {
        var input = IncidentInputs.Seizure();
        (input.MunicipalityId, input.PlaceCountryCode, input.PlaceName, input.PlaceRegion) = (null, country, place, region);
        return input;
    }

    private static string? Code(CommandResult<long> result, string field) =>
        result.Errors?.For(field).FirstOrDefault()?.Code;
}
