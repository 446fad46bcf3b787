using FocalPoint.Application.Cases;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>The team is what need-to-know reads: membership changes who sees RED and H3 records, and is audited.</summary>
public sealed class CaseTeamTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddThenRemoveMember_RedAndH3IncidentsAppearThenDisappearForThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        // The owner recorded them (an author always sees their records), so the owner can put them in the case.
        var (red, redRef) = await IncidentAsync(database, Tlp.Red, HandlingCode.H0, author: "inv1");
        var (h3, h3Ref) = await IncidentAsync(database, Tlp.Green, HandlingCode.H3, author: "inv1");
        await using var owner = TestServices.For(database, access: Investigator("inv1"));
        var caseId = await CaseAsync(owner, Input(owner: "inv1"));
        Assert.True((await owner.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, redRef))).Succeeded);
        Assert.True((await owner.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, h3Ref))).Succeeded);

        var before = await SeesAsync(database, "inv2", red, h3);
        var added = await owner.RunAsync<ChangeTeam, CommandResult<bool>>(t => t.AddAsync(caseId, "inv2"));
        var during = await SeesAsync(database, "inv2", red, h3);
        var removed = await owner.RunAsync<ChangeTeam, CommandResult<bool>>(t => t.RemoveAsync(caseId, "inv2"));
        var after = await SeesAsync(database, "inv2", red, h3);

        Assert.True(added.Succeeded && removed.Succeeded);
        Assert.Equal((false, false), before);
        Assert.Equal((true, true), during);
        Assert.Equal((false, false), after);
        var team = owner.Audit().Events.Where(e => e.Detail?.StartsWith("team member", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["team member added: inv2", "team member removed: inv2"], team.Select(e => e.Detail));
        Assert.All(team, e => Assert.Equal((AuditAction.Alter, $"Case/{caseId}"), (e.Action, e.RecordIds[0])));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RemoveOwner_RefusedWithMessageTeamUnchangedNothingAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        var caseId = await CaseAsync(services, Input(owner: "inv2"));
        var audited = services.Audit().Events.Count;

        var result = await services.RunAsync<ChangeTeam, CommandResult<bool>>(t => t.RemoveAsync(caseId, "inv2"));

        Assert.Equal("CaseOwnerStays", result.Errors!.For(ChangeTeam.Field).Single().Code);
        await using var db = database.CreateContext();
        Assert.Equal(["inv1", "inv2"], await db.CaseMembers.Where(m => m.CaseId == caseId).OrderBy(m => m.UserName).Select(m => m.UserName).ToListAsync());
        Assert.Equal(audited, services.Audit().Events.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMember_AccountWithoutCasesOrUnknownOrTwice_RefusedEachWithItsMessage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        var caseId = await CaseAsync(services, Input(owner: "inv1"));

        var border = await services.RunAsync<ChangeTeam, CommandResult<bool>>(t => t.AddAsync(caseId, "border"));
        var unknown = await services.RunAsync<ChangeTeam, CommandResult<bool>>(t => t.AddAsync(caseId, "nobody"));
        var twice = await services.RunAsync<ChangeTeam, CommandResult<bool>>(t => t.AddAsync(caseId, "inv1"));

        Assert.Equal("CaseUserNotEligible", border.Errors!.For(ChangeTeam.Field).Single().Code);
        Assert.Equal("CaseUserNotEligible", unknown.Errors!.For(ChangeTeam.Field).Single().Code);
        Assert.Equal("CaseAlreadyMember", twice.Errors!.For(ChangeTeam.Field).Single().Code);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ChangeTeam_ByReaderOfAGreenCaseNotOnTheTeam_NotFound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        var input = Input(owner: "inv1");
        (input.Tlp, input.HandlingCode) = (Tlp.Green, HandlingCode.H0);
        var caseId = await CaseAsync(services, input);
        await using var reader = TestServices.For(database, access: Investigator("inv2"));

        var details = await reader.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(caseId));
        var result = await reader.RunAsync<ChangeTeam, CommandResult<bool>>(t => t.AddAsync(caseId, "inv2"));

        Assert.False(details!.MayEdit);
        Assert.True(result.NotFound);
    }

    /// <summary>Whether the user opens each incident, with the team read fresh from the database as the web host does.</summary>
    private static async Task<(bool, bool)> SeesAsync(TestDatabase database, string user, long first, long second)
    {
        await using var services = TestServices.For(database, access: Investigator(user));
        return (await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(first)) is not null,
            await services.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(second)) is not null);
    }
}
