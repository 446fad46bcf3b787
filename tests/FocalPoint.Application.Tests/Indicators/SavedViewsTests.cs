using FocalPoint.Application.Common;
using FocalPoint.Application.Indicators;
using FocalPoint.Application.Indicators.Dashboard;
using FocalPoint.Data.Setup;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Indicators;

/// <summary>Saved dashboard views belong to their user: saved by name, replaced by name, invisible and undeletable to others.</summary>
public sealed class SavedViewsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_ByNameTwice_ReplacesTheScopeAndOnlyItsOwnerSeesOrDeletesIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var mine = TestServices.For(database, access: TestUsers.Analyst("ana"));
        await using var theirs = TestServices.For(database, access: TestUsers.Commander("cmd"));

        await mine.RunAsync<SavedViews, CommandResult<long>>(v => v.SaveAsync("Prishtinë 2023", IndicatorScope.Year(2023)));
        var id = (await mine.RunAsync<SavedViews, CommandResult<long>>(v => v.SaveAsync(" Prishtinë 2023 ", IndicatorScope.Year(2023) with { MunicipalityId = 1 }))).Value;
        var refused = await mine.RunAsync<SavedViews, CommandResult<long>>(v => v.SaveAsync("<b>x</b>", IndicatorScope.Year(2023)));
        var othersList = await theirs.RunAsync<SavedViews, IReadOnlyList<SavedView>>(v => v.ListAsync());
        var othersDelete = await theirs.RunAsync<SavedViews, bool>(v => v.DeleteAsync(id));
        var list = await mine.RunAsync<SavedViews, IReadOnlyList<SavedView>>(v => v.ListAsync());

        Assert.Equal([new SavedView(id, "Prishtinë 2023", "from=2023-01-01&to=2023-12-31&municipalityId=1")], list);
        Assert.Equal("NoMarkup", Assert.Single(refused.Errors!.For(SavedViews.NameField)).Code);
        Assert.Empty(othersList);
        Assert.False(othersDelete);
        Assert.True(await mine.RunAsync<SavedViews, bool>(v => v.DeleteAsync(id)));
        Assert.Empty(await mine.RunAsync<SavedViews, IReadOnlyList<SavedView>>(v => v.ListAsync()));
    }
}
