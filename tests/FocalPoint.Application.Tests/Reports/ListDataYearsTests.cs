using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Reports;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Reports;

public sealed class ListDataYearsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DataYears_ListOnlyYearsWithRecoveriesNewestFirst_AndHideWhatTheUserCannotSee(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var author = TestServices.For(database, "author"))
        {
            foreach (var (year, tlp) in new[] { (2019, Tlp.Green), (2021, Tlp.Green), (2023, Tlp.Red) })
            {
                var input = IncidentInputs.Seizure($"Y-{year}");
                (input.OccurredAtLocal, input.Tlp) = (new DateTime(year, 6, 1, 12, 0, 0), tlp);
                Assert.True((await author.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input))).Succeeded);
            }
        }

        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));

        Assert.Equal([2023, 2021, 2019], await outsider.RunAsync<ListDataYears, IReadOnlyList<int>>(l => l.IafqAsync()));
        Assert.Equal([2021, 2019], await outsider.RunAsync<ListDataYears, IReadOnlyList<int>>(l => l.FlowsAsync()));
    }
}
