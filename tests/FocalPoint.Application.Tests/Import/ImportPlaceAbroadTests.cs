using FocalPoint.Application.Import;
using FocalPoint.Application.Import.Mapping;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Tests.Import;

/// <summary>Issue 19 item 3: a partner's place abroad is kept as written, never matched to a Kosovo municipality.</summary>
public sealed class ImportPlaceAbroadTests
{
    private static readonly MappingEdit Found = new(Constants: new Dictionary<string, string> { ["Kind"] = "Found", ["HandlingCode"] = "H0" });

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_PlacesAbroad_KeptAsWrittenWithCountryAndRegion(DatabaseProvider provider)
    {
        const string file = "Key;Date;Country;Region;Place;Narrative\n"
            + "P-1;01.05.2024;United States;Kansas;Salina;Pistol found\n"
            + "P-2;02.05.2024;US;Florida;Deland;Rifle found\n"
            + "P-3;03.05.2024;Kosovo;;Klinë;Revolver found\n"
            + "P-4;04.05.2024;;;Prizren;Shotgun found\n";
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (_, result) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "partner.csv", edit: Found);

        Assert.Equal(4, result!.Value!.RecordsImported);
        await using var db = database.CreateContext();
        var incidents = await db.Incidents.AsNoTracking().OrderBy(i => i.OccurredAtUtc)
            .Select(i => new { i.MunicipalityId, i.DirectorateId, i.PlaceCountryCode, i.PlaceRegion, i.PlaceName }).ToListAsync();
        Assert.Equal(new { MunicipalityId = (int?)null, DirectorateId = (int?)null, PlaceCountryCode = (string?)"US", PlaceRegion = (string?)"Kansas", PlaceName = (string?)"Salina" }, incidents[0]);
        Assert.Equal(("US", "Deland"), (incidents[1].PlaceCountryCode, incidents[1].PlaceName));
        Assert.Null(incidents[1].MunicipalityId);
        var klina = await db.Municipalities.SingleAsync(m => m.NameSq == "Klinë");
        Assert.Equal((klina.Id, (string?)null), (incidents[2].MunicipalityId!.Value, incidents[2].PlaceCountryCode));
        Assert.NotNull(incidents[3].MunicipalityId);
        Assert.NotNull(incidents[3].DirectorateId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commit_PlaceAbroadWithoutItsName_IsARowErrorAndNothingIsInvented(DatabaseProvider provider)
    {
        const string file = "Key;Date;Country;Place;Narrative\nP-1;01.05.2024;AL;;Pistol found\nP-2;01.05.2024;Atlantis;Durrës;Pistol found\n";
        var (database, services) = await ImportFiles.CreateAsync(provider);
        await using var _ = database;

        var (_, result) = await ImportFiles.ImportAsync(services, ImportFiles.Utf8(file), "partner.csv", edit: Found);

        Assert.Equal(ImportProblemKind.RowsRefused, result!.Problem!.Kind);
        var errors = await services.RunAsync<ImportBatches, List<ImportErrorLine>>(h => h.ErrorsAsync(result.Value!.BatchId).ToListAsync().AsTask());
        Assert.Contains(errors.Single(e => e.Row == 2).Errors, e => e.Field == "Place" && e.Problem == "Required.");
        Assert.Contains(errors.Single(e => e.Row == 3).Errors, e => e.Field == "Country" && e.Value == "Atlantis" && e.Problem == "Unknown country.");
        Assert.Equal((0, 0, 0), await ImportFiles.CountsAsync(services));
    }
}
