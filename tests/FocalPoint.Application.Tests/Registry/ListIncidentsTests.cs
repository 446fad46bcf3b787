using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Registry;

public sealed class ListIncidentsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Handle_FiltersCombine_ReturnOnlyMatchingNewestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var a = await AddAsync(services, IncidentKind.Seizure, municipality: 1, new DateTime(2023, 1, 10, 9, 0, 0), "Rifle under the floor");
        var b = await AddAsync(services, IncidentKind.Seizure, municipality: 1, new DateTime(2023, 3, 2, 9, 0, 0), "Grenade in a bag");
        await AddAsync(services, IncidentKind.CelebratoryShooting, municipality: 1, new DateTime(2023, 2, 1, 9, 0, 0), "Wedding");
        await AddAsync(services, IncidentKind.Seizure, municipality: 2, new DateTime(2023, 2, 5, 9, 0, 0), "Other town");
        await AddAsync(services, IncidentKind.Seizure, municipality: 1, new DateTime(2022, 12, 31, 9, 0, 0), "Last year");

        var page = await ListAsync(services, new IncidentFilter
        {
            Kind = IncidentKind.Seizure, MunicipalityId = 1, From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31),
        });

        Assert.Equal([b, a], page.Items.Select(i => i.Id));
        Assert.Equal(2, page.TotalCount);
        Assert.False(page.TotalIsCapped);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Handle_TextSearch_IgnoresCaseAndTreatsWildcardsLiterally(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var match = await AddAsync(services, IncidentKind.Found, 1, new DateTime(2023, 1, 1, 9, 0, 0), "Zastava M70 found near the RIVER");
        await AddAsync(services, IncidentKind.Found, 1, new DateTime(2023, 1, 2, 9, 0, 0), "100 rounds in a shed");

        var byWord = await ListAsync(services, new IncidentFilter { Text = "river" });
        var byWildcard = await ListAsync(services, new IncidentFilter { Text = "%" });

        Assert.Equal(match, Assert.Single(byWord.Items).Id);
        Assert.Empty(byWildcard.Items);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Handle_SortAndPage_WalksTheWholeListOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var ids = new List<long>();
        for (var day = 1; day <= 5; day++)
        {
            ids.Add(await AddAsync(services, IncidentKind.Seizure, 1, new DateTime(2023, 4, day, 9, 0, 0), $"Day {day}"));
        }

        var first = await ListAsync(services, new IncidentFilter { Sort = IncidentSort.Oldest, PageSize = 2, Page = 1 });
        var second = await ListAsync(services, new IncidentFilter { Sort = IncidentSort.Oldest, PageSize = 2, Page = 2 });
        var third = await ListAsync(services, new IncidentFilter { Sort = IncidentSort.Oldest, PageSize = 2, Page = 3 });

        Assert.Equal(ids, first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.Id));
        Assert.Equal(3, first.PageCount);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Handle_WeaponTypeFilter_KeepsIncidentsHoldingThatType(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database);
        var pistol = await AddAsync(services, IncidentKind.Seizure, 1, new DateTime(2023, 1, 1, 9, 0, 0), "Pistol");
        var input = IncidentInputs.Seizure("R-1");
        input.Firearms[0].FirearmTypeId = 3;
        await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));

        var page = await ListAsync(services, new IncidentFilter { FirearmTypeId = 1 });

        Assert.Equal(pistol, Assert.Single(page.Items).Id);
        Assert.Equal(1, page.Items[0].FirearmCount);
        Assert.Equal(120, page.Items[0].Rounds);
    }

    [Fact]
    public async Task Handle_BadPaging_RefusedWithFieldMessages()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var services = TestServices.For(database);

        var result = await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(
            l => l.HandleAsync(new IncidentFilter { Page = 0, PageSize = 5000, From = new DateOnly(2024, 1, 2), To = new DateOnly(2024, 1, 1) }));

        var errors = result.Errors!.ToDictionary();
        Assert.True(errors.ContainsKey("Page"));
        Assert.True(errors.ContainsKey("PageSize"));
        Assert.True(errors.ContainsKey("To"));
    }

    private static async Task<long> AddAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, IncidentKind kind, int municipality, DateTime local, string narrative)
    {
        var input = IncidentInputs.Seizure($"S{local:MMddHH}{municipality}{(int)kind}");
        input.Kind = kind;
        input.MunicipalityId = municipality;
        input.OccurredAtLocal = local;
        input.Narrative = narrative;
        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors?.ToDictionary().Select(e => e.Key + ": " + string.Join(",", e.Value)) ?? []));
        return result.Value;
    }

    private static async Task<PagedResult<IncidentRow>> ListAsync(Microsoft.Extensions.DependencyInjection.ServiceProvider services, IncidentFilter filter)
    {
        var result = await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(l => l.HandleAsync(filter));
        Assert.True(result.Succeeded);
        return result.Value!;
    }
}
