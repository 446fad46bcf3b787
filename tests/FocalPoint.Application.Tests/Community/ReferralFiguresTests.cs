using FocalPoint.Application.Community.Referrals;
using FocalPoint.Data.Identity;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using static FocalPoint.Application.Tests.Community.ReferralTestData;

namespace FocalPoint.Application.Tests.Community;

/// <summary>The only figures leaving the seal: counts, with small ones suppressed so that no person can be singled out.</summary>
public sealed class ReferralFiguresTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Figures_SmallCounts_ShownAsUnder5AndASingleSmallCellWithholdsItsNeighbourToo(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var worker = TestServices.For(database, time: Clock, access: CaseWorker()))
        {
            // 7 women and 2 men in one municipality, 1 woman in another; all in March 2026.
            for (var i = 0; i < 7; i++)
            {
                await ReferAsync(worker, Form(sex: Sex.Female, age: 20 + i));
            }

            await ReferAsync(worker, Form(sex: Sex.Male, age: 30));
            await ReferAsync(worker, Form(sex: Sex.Male, age: 40));
            await ReferAsync(worker, Form(sex: Sex.Female, age: 16, municipality: 2));
        }

        await using var analyst = TestServices.For(database, time: Clock, access: As("analyst", Roles.Analyst));
        var table = (await analyst.RunAsync<ReferralFigures, ReferralFigureTable?>(f => f.HandleAsync(2026)))!;
        var bySex = table.Groups.Single(g => g.Dimension == "Sex").Figures.ToDictionary(f => f.Label, f => f.Count);
        var byMunicipality = table.Groups.Single(g => g.Dimension == "Municipality").Figures.Select(f => f.Count).ToList();
        var byAge = table.Groups.Single(g => g.Dimension == "AgeBand").Figures.ToDictionary(f => f.Label, f => f.Count);

        Assert.Equal("10", table.Total);
        Assert.Equal(("<5", ReferralFigures.Withheld), (bySex["Male"], bySex["Female"]));
        Assert.Equal([ReferralFigures.Withheld, "<5"], byMunicipality.Order(StringComparer.Ordinal));
        Assert.Equal("5", byAge["18to24"]);
        Assert.Equal("<5", byAge["Under18"]);
        Assert.DoesNotContain(table.Groups.SelectMany(g => g.Figures), f => f.Count is "1" or "2" or "3" or "4");
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Figures_RoleWithoutTheCapability_GetsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var border = TestServices.For(database, time: Clock, access: As("border", Roles.BorderOfficer));

        Assert.Null(await border.RunAsync<ReferralFigures, ReferralFigureTable?>(f => f.HandleAsync(2026)));
    }
}
