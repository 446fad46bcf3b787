using FocalPoint.Application.Common;
using FocalPoint.Application.Cyber.Demo;
using FocalPoint.Application.Demo;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Training.Demo;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Indicators;

/// <summary>The demo shows something real for every indicator the catalogue holds (issue 11, build 6).</summary>
public sealed class DemoIndicatorTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Compute_DemoYearsToToday_EveryCatalogueIndicatorHasAFigureAboveZero(DatabaseProvider provider)
    {
        // The smallest demo the browser tests use: what holds at this scale holds at the demo's full size too.
        await using var database = await TestDatabase.CreateWithDemoAsync(provider, 0.02);
        await using var services = TestServices.For(database);
        await services.RunAsync<TrainingDemoData, int>(d => d.SeedAsync(new DatabaseOptions().DemoSeed));
        await services.RunAsync<CyberDemoData, int>(d => d.SeedAsync(new DatabaseOptions().DemoSeed));
        var catalogue = await services.RunAsync<GetIndicatorCatalogue, IndicatorCatalogue>(c => c.HandleAsync());

        // The registry's demo years and the programme's demo records (dated back from today) together.
        var scope = new IndicatorScope(new DateOnly(DemoFigures.FirstYear, 1, 1), DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1)));
        var set = (await services.RunAsync<ComputeIndicators, CommandResult<IndicatorSet>>(c => c.HandleAsync(scope))).Value!;

        var empty = catalogue.Indicators.Select(d => d.Id)
            .Where(id => set.Values.FirstOrDefault(v => v.Id == id) is not { Value: > 0m } value || (value.Parts.Count > 0 && value.Parts.All(p => p.Value == 0m)))
            .ToList();
        Assert.Empty(empty);
    }
}
