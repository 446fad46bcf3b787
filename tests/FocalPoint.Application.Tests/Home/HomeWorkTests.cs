using FocalPoint.Application.Common;
using FocalPoint.Application.Home;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;

namespace FocalPoint.Application.Tests.Home;

/// <summary>The home pages' own work: my cases, the incidents of my work or my agency, always under need-to-know.</summary>
public sealed class HomeWorkTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyCaseWork_TeamMember_ListsOpenCasesWithTheirLatestIncidentButNotClosedOnes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (older, open) = await SeedCaseAsync(database, Tlp.Red, new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc));
        var newer = await AddIncidentAsync(database, open, new DateTime(2024, 6, 1, 10, 0, 0, DateTimeKind.Utc));
        var (_, closed) = await SeedCaseAsync(database, Tlp.Green, new DateTime(2024, 1, 1, 10, 0, 0, DateTimeKind.Utc), CaseStatus.Closed);
        await JoinAsync(database, open, "member");
        await JoinAsync(database, closed, "member");
        await using var services = TestServices.For(database, access: TestUsers.Analyst("member", cases: [open, closed]));

        var cases = await services.RunAsync<ListMyCaseWork, IReadOnlyList<MyCaseWork>>(l => l.HandleAsync());

        var only = Assert.Single(cases);
        Assert.Equal((open, 2, newer), (only.Id, only.Incidents, only.LatestIncidentId));
        Assert.NotEqual(older, only.LatestIncidentId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyIncidents_MineAndMyCases_ListsTeamIncidentsAndNotOthersEvenWhenVisible(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (red, teamCase) = await SeedCaseAsync(database, Tlp.Red, new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc));
        var (green, _) = await SeedCaseAsync(database, Tlp.Green, new DateTime(2024, 4, 1, 10, 0, 0, DateTimeKind.Utc));
        await JoinAsync(database, teamCase, "member");
        await using var member = TestServices.For(database, access: TestUsers.Analyst("member", cases: teamCase));
        await using var outsider = TestServices.For(database, access: TestUsers.Analyst("outsider"));

        var mine = await member.RunAsync<ListMyIncidents, IReadOnlyList<IncidentRow>>(l => l.HandleAsync(MyIncidentScope.MineAndMyCases));
        var theirs = await outsider.RunAsync<ListMyIncidents, IReadOnlyList<IncidentRow>>(l => l.HandleAsync(MyIncidentScope.MineAndMyCases));

        Assert.Equal([red], mine.Select(r => r.Id));
        Assert.DoesNotContain(green, mine.Select(r => r.Id));
        Assert.Empty(theirs);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MyIncidents_MyAgency_ListsTheAgencysIncidentsNewestFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (first, _) = await SeedCaseAsync(database, Tlp.Amber, new DateTime(2023, 3, 1, 10, 0, 0, DateTimeKind.Utc), agency: ReportingAgency.Customs);
        var (second, _) = await SeedCaseAsync(database, Tlp.Green, new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc), agency: ReportingAgency.Customs);
        await SeedCaseAsync(database, Tlp.Green, new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc), agency: ReportingAgency.BorderPolice);
        await using var customs = TestServices.For(database, access: TestUsers.Analyst("c1", ReportingAgency.Customs));

        var rows = await customs.RunAsync<ListMyIncidents, IReadOnlyList<IncidentRow>>(l => l.HandleAsync(MyIncidentScope.MyAgency));

        Assert.Equal([second, first], rows.Select(r => r.Id));
    }

    private static async Task<(long IncidentId, long CaseId)> SeedCaseAsync(
        TestDatabase database, Tlp tlp, DateTime occurredUtc, CaseStatus status = CaseStatus.Open, ReportingAgency agency = ReportingAgency.KosovoPolice)
    {
        await using var db = database.CreateContext(new FocalPoint.Data.Auditing.SystemUser("author"));
        var @case = new Case { Reference = $"CASE-T-{Guid.NewGuid():N}"[..16], Title = "Test case", Owner = "someone-else", Status = status };
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return (await AddIncidentAsync(database, @case.Id, occurredUtc, tlp, agency), @case.Id);
    }

    private static async Task<long> AddIncidentAsync(
        TestDatabase database, long caseId, DateTime occurredUtc, Tlp tlp = Tlp.Red, ReportingAgency agency = ReportingAgency.KosovoPolice)
    {
        await using var services = TestServices.For(database, "author");
        var input = IncidentInputs.Seizure($"S-{Guid.NewGuid():N}"[..12]);
        (input.Tlp, input.HandlingCode, input.ReportingAgency, input.OccurredAtLocal) = (tlp, HandlingCode.H0, agency, KosovoTime.ToLocal(occurredUtc));
        var id = (await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input))).Value;
        await using var db = database.CreateContext();
        db.CaseIncidents.Add(new CaseIncident { CaseId = caseId, IncidentId = id });
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task JoinAsync(TestDatabase database, long caseId, string userName)
    {
        await using var db = database.CreateContext();
        db.CaseMembers.Add(new CaseMember { CaseId = caseId, UserName = userName });
        await db.SaveChangesAsync();
    }
}
