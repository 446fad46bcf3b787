using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Persons;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Registry;

/// <summary>Need to know: TLP, handling codes, agencies and case teams decide what each user reaches.</summary>
public sealed class AccessRulesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RedIncident_OnlyTheCaseTeamAndItsAuthorReachIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (red, caseId) = await SeedAsync(database, Tlp.Red, HandlingCode.H0, ReportingAgency.KosovoPolice);
        await JoinTeamAsync(database, caseId, "member");

        var team = await VisibleAsync(database, TestUsers.Analyst("member", cases: caseId), red);
        var outsider = await VisibleAsync(database, TestUsers.Analyst("outsider"), red);
        var author = await VisibleAsync(database, TestUsers.Analyst("author"), red);

        Assert.Equal((true, 1), team);
        Assert.Equal((false, 0), outsider);
        Assert.Equal((true, 1), author);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RedIncident_TheCaseOwnerReachesItWithoutATeamRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (red, _) = await SeedAsync(database, Tlp.Red, HandlingCode.H0, ReportingAgency.KosovoPolice);

        // SeedAsync's case is owned by "someone-else", who has no CaseMembers row: ownership alone is team membership.
        var owner = await VisibleAsync(database, TestUsers.Analyst("someone-else"), red);

        Assert.Equal((true, 1), owner);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AmberIncident_ReportingAgencySeesItOtherAgenciesDoNot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (amber, _) = await SeedAsync(database, Tlp.Amber, HandlingCode.H1, ReportingAgency.Customs);

        Assert.Equal((true, 1), await VisibleAsync(database, TestUsers.Analyst("c1", ReportingAgency.Customs), amber));
        Assert.Equal((false, 0), await VisibleAsync(database, TestUsers.Analyst("p1", ReportingAgency.KosovoPolice), amber));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task H3Incident_IsCaseTeamOnlyEvenWhenGreen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (h3, caseId) = await SeedAsync(database, Tlp.Green, HandlingCode.H3, ReportingAgency.KosovoPolice);
        await JoinTeamAsync(database, caseId, "p3");

        Assert.Equal((false, 0), await VisibleAsync(database, TestUsers.Analyst("p2"), h3));
        Assert.Equal((true, 1), await VisibleAsync(database, TestUsers.Analyst("p3", cases: caseId), h3));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Commander_SeesTheIncidentButNotThePersons(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (incident, _) = await SeedAsync(database, Tlp.Green, HandlingCode.H0, ReportingAgency.KosovoPolice);
        await using var services = TestServices.For(database, access: TestUsers.Commander());

        var details = await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(incident));
        var person = await services.RunAsync<GetPerson, PersonDetails?>(g => g.HandleAsync(details!.Id, "curious commander"));

        Assert.True(details!.PersonsWithheld);
        Assert.Empty(details.Persons);
        Assert.Equal(1, details.PersonCount);
        Assert.Null(person);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonPage_ConsultationLeavesExactlyOneEntryWithThePurpose(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (incident, _) = await SeedAsync(database, Tlp.Green, HandlingCode.H0, ReportingAgency.KosovoPolice);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var personId = (await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(incident)))!.Persons[0].PersonId;
        var log = services.GetRequiredService<RecordingAuditLog>();
        var before = log.Events.Count;

        var person = await services.RunAsync<GetPerson, PersonDetails?>(g => g.HandleAsync(personId, "Case CASE-2024-0001: supplier"));

        Assert.NotNull(person);
        var entry = Assert.Single(log.Events.Skip(before));
        Assert.Equal(AuditAction.Consult, entry.Action);
        Assert.Equal(["Person/" + personId], entry.RecordIds);
        Assert.Equal("Case CASE-2024-0001: supplier", entry.Purpose);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonSearch_FindsWithinReachAndLogsCriteriaNotValues(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database, Tlp.Green, HandlingCode.H0, ReportingAgency.KosovoPolice);
        await SeedAsync(database, Tlp.Red, HandlingCode.H0, ReportingAgency.KosovoPolice);
        await using var services = TestServices.For(database, access: TestUsers.Analyst("outsider"));

        var result = await services.RunAsync<SearchPersons, CommandResult<PagedResult<PersonRow>>>(s => s.HandleAsync(new PersonSearch("krasniqi"), "Identify the owner"));

        var row = Assert.Single(result.Value!.Items);
        Assert.Equal("Krasniqi", row.FamilyName);
        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal(AuditAction.Search, entry.Action);
        Assert.Equal("Identify the owner", entry.Purpose);
        Assert.DoesNotContain("rasniqi", entry.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_OutOfReach_AnswersNotFoundAndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (red, _) = await SeedAsync(database, Tlp.Red, HandlingCode.H0, ReportingAgency.KosovoPolice);
        await using var services = TestServices.For(database, access: TestUsers.Analyst("outsider"));
        var input = IncidentInputs.Seizure();
        input.Version = 1;

        var result = await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.UpdateAsync(red, input));

        Assert.True(result.NotFound);
        Assert.Empty(services.GetRequiredService<RecordingAuditLog>().Events);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task PersonOutOfReach_AnswersNullAndTheAttemptIsAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (red, _) = await SeedAsync(database, Tlp.Red, HandlingCode.H0, ReportingAgency.KosovoPolice);
        await using var db = database.CreateContext();
        var personId = db.IncidentPersons.Where(ip => ip.IncidentId == red).Select(ip => ip.PersonId).First();
        await using var services = TestServices.For(database, access: TestUsers.Analyst("outsider"));

        var person = await services.RunAsync<GetPerson, PersonDetails?>(g => g.HandleAsync(personId, "Looking around"));

        Assert.Null(person);
        var entry = Assert.Single(services.GetRequiredService<RecordingAuditLog>().Events);
        Assert.Equal(AuditAction.AccessRefused, entry.Action);
        Assert.Equal(["Person/" + personId], entry.RecordIds);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordAndCorrect_EachLeavesOneCollectOrAlterEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, access: TestUsers.Analyst());
        var log = services.GetRequiredService<RecordingAuditLog>();

        var id = (await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(IncidentInputs.Seizure("AUD-1")))).Value;
        var correction = IncidentInputs.Seizure("AUD-1");
        correction.Version = 1;
        correction.Firearms.Clear();
        await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.UpdateAsync(id, correction));

        Assert.Collection(
            log.Events,
            e => Assert.Equal((AuditAction.Collect, $"Incident/{id}"), (e.Action, e.RecordIds.Single())),
            e => Assert.Equal((AuditAction.Alter, $"Incident/{id}"), (e.Action, e.RecordIds.Single())));
    }

    /// <summary>One incident by "author" with one suspect, in a case whose team is empty (tests add the case to users).</summary>
    private static async Task<(long IncidentId, long CaseId)> SeedAsync(TestDatabase database, Tlp tlp, HandlingCode code, ReportingAgency agency)
    {
        await using var services = TestServices.For(database, "author");
        var input = IncidentInputs.Seizure($"S-{Guid.NewGuid():N}"[..12]);
        (input.Tlp, input.HandlingCode, input.ReportingAgency) = (tlp, code, agency);
        var id = (await services.RunAsync<SaveIncident, CommandResult<long>>(s => s.CreateAsync(input))).Value;
        await using var db = database.CreateContext(new FocalPoint.Data.Auditing.SystemUser("author"));
        var person = new Person { GivenName = "Agim", FamilyName = "Krasniqi", Sex = Sex.Male };
        db.Persons.Add(person);
        var @case = new Case { Reference = $"CASE-T-{id}", Title = "Test case", Owner = "someone-else" };
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        db.IncidentPersons.Add(new IncidentPerson { IncidentId = id, PersonId = person.Id, Role = PersonRole.Suspect });
        db.CaseIncidents.Add(new CaseIncident { CaseId = @case.Id, IncidentId = id });
        await db.SaveChangesAsync();
        return (id, @case.Id);
    }

    /// <summary>Team membership lives in the database: the rules read it there, not from the session.</summary>
    private static async Task JoinTeamAsync(TestDatabase database, long caseId, string userName)
    {
        await using var db = database.CreateContext();
        db.CaseMembers.Add(new CaseMember { CaseId = caseId, UserName = userName });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Whether the user opens the incident, and how many times it is listed. The list is asked twice, plainly and by
    /// its reference as search words (rare words: the case team is then checked per candidate, CaseTeamCheck.PerRow);
    /// both must agree.
    /// </summary>
    private static async Task<(bool Found, int Listed)> VisibleAsync(TestDatabase database, UserAccess user, long incidentId)
    {
        string reference;
        await using (var db = database.CreateContext())
        {
            reference = db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Reference).Single();
        }

        await using var services = TestServices.For(database, access: user);
        var details = await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(incidentId));
        var list = await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(l => l.HandleAsync(new IncidentFilter()));
        var searched = await services.RunAsync<ListIncidents, CommandResult<PagedResult<IncidentRow>>>(l => l.HandleAsync(new IncidentFilter { Text = reference }));
        var listed = list.Value!.Items.Count(r => r.Id == incidentId);
        Assert.Equal(listed, searched.Value!.Items.Count(r => r.Id == incidentId));
        return (details is not null, listed);
    }
}
