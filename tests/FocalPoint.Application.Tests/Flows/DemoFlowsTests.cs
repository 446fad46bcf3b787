using FocalPoint.Application.Common;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Demo.Loading;
using FocalPoint.Application.Flows;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Flows;

/// <summary>The demo data gives the flows page routes to show: known import countries and neighbours at crossing points.</summary>
public sealed class DemoFlowsTests
{
    [Fact]
    public async Task Build_OnDemoData_ShowsImportCountriesAndNeighboursAtCrossings()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            await new DemoDataLoader(db).LoadAsync(new DemoGenerator(ReferenceDataCatalog.Load(), new DemoOptions(Seed: 7, Scale: 0.2)));
        }

        await using var services = TestServices.For(database, access: TestUsers.Commander());
        var result = await services.RunAsync<BuildWeaponFlows, CommandResult<WeaponFlowReport>>(
            b => b.HandleAsync(new FlowFilter(new DateOnly(2018, 1, 1), new DateOnly(2024, 12, 31))));
        var flows = result.Value!.Flows;
        var total = flows.Sum(f => f.Firearms);

        var imported = flows.Where(f => f.LastLegalImportCountry is not null).ToList();
        var atCrossings = flows.Where(f => f.Transit == TransitKind.BorderCrossing).ToList();
        Assert.InRange(imported.Sum(f => f.Firearms), total / 10, total / 2);
        Assert.InRange(atCrossings.Sum(f => f.Firearms), total / 20, total / 4);
        Assert.Superset(new HashSet<string> { "AL", "MK", "RS", "XK", "DE" }, imported.Select(f => f.LastLegalImportCountry!).ToHashSet());
        Assert.Equal(new HashSet<string?> { "AL", "MK", "ME", "RS" }, atCrossings.Select(f => f.TransitCountry).ToHashSet());
    }
}
