using FocalPoint.Application.Cases;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>Opening and editing cases: validation, the team the case starts with, and the history KPIs read.</summary>
public sealed class SaveCaseTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_ValidCase_OwnerAndCreatorOnTeamFirstHistoryRowAndAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));

        var id = await CaseAsync(services, Input(owner: "inv2", team: "analyst"));

        var details = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(id)))!;
        Assert.Matches(@"^CASE-\d{4}-0001$", details.Reference);
        Assert.Equal(["analyst", "inv1", "inv2"], details.Team);
        var first = Assert.Single(details.History);
        Assert.Equal((null, CaseStatus.Open, "inv2", CasePriority.Medium), (first.OldStatus, first.NewStatus, first.NewOwner, first.NewPriority));
        var entry = Assert.Single(services.Audit().Events);
        Assert.Equal((AuditAction.Collect, $"Case/{id}"), (entry.Action, entry.RecordIds.Single()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_NoOwnerMarkupAndAccountWithoutCases_RefusedWithMessagesAndNothingStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        var input = Input(owner: " ", title: "<script>x</script>", team: "border");

        var result = await services.RunAsync<SaveCase, CommandResult<long>>(s => s.CreateAsync(input));

        Assert.Equal("CaseOwnerRequired", result.Errors!.For("Owner").Single().Code);
        Assert.Equal("NoMarkup", result.Errors.For("Title").Single().Code);
        Assert.Equal("CaseUserNotEligible", result.Errors.For("Team").Single().Code);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Empty(services.Audit().Events);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_StatusOwnerAndPriority_OneHistoryRowWithOldAndNewAndNewOwnerJoinsTeam(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        var id = await CaseAsync(services, Input(owner: "inv1"));
        var input = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(id)))!.ToInput();
        (input.Status, input.Owner, input.Priority) = (CaseStatus.Active, "commander", CasePriority.High);

        var result = await services.RunAsync<SaveCase, CommandResult<long>>(s => s.UpdateAsync(id, input));

        Assert.True(result.Succeeded);
        var details = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(id)))!;
        var change = details.History[^1];
        Assert.Equal((CaseStatus.Open, CaseStatus.Active), (change.OldStatus, change.NewStatus));
        Assert.Equal(("inv1", "commander"), (change.OldOwner, change.NewOwner));
        Assert.Equal((CasePriority.Medium, CasePriority.High), (change.OldPriority!.Value, change.NewPriority));
        Assert.Contains("commander", details.Team);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_StaleVersionOrNotOnTeam_ConflictOrNotFoundAndNothingChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        await using var outsider = TestServices.For(database, access: Investigator("inv2"));
        var id = await CaseAsync(services, Input(owner: "inv1"));
        var input = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(id)))!.ToInput();
        input.Title = "Renamed";

        var byOutsider = await outsider.RunAsync<SaveCase, CommandResult<long>>(s => s.UpdateAsync(id, input));
        input.Version += 5;
        var stale = await services.RunAsync<SaveCase, CommandResult<long>>(s => s.UpdateAsync(id, input));

        Assert.True(byOutsider.NotFound);
        Assert.True(stale.Conflict);
        await using var db = database.CreateContext();
        Assert.Equal("Converted pistols around Peja", await db.Cases.Select(c => c.Title).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_OutsiderFindsGreenCasesOnlyAndFiltersKeepTheirRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        await CaseAsync(services, Input(owner: "inv1", title: "Red supply chain"));
        var green = Input(owner: "inv1", title: "Green celebratory shootings");
        (green.Tlp, green.HandlingCode, green.Priority) = (Tlp.Green, HandlingCode.H0, CasePriority.Critical);
        await CaseAsync(services, green);
        await using var outsider = TestServices.For(database, access: Investigator("inv2"));
        await using var border = TestServices.For(database, access: new(
            "border", new HashSet<string> { FocalPoint.Data.Identity.Roles.BorderOfficer }, ReportingAgency.BorderPolice, new HashSet<long>()));

        var mine = await services.RunAsync<ListCases, CommandResult<PagedResult<CaseRow>>>(l => l.HandleAsync(new CaseFilter { Text = "SUPPLY" }));
        var theirs = await outsider.RunAsync<ListCases, CommandResult<PagedResult<CaseRow>>>(l => l.HandleAsync(new CaseFilter()));
        var critical = await services.RunAsync<ListCases, CommandResult<PagedResult<CaseRow>>>(l => l.HandleAsync(new CaseFilter { Sort = CaseSort.PriorityThenRecent, PageSize = 1 }));
        var none = await border.RunAsync<ListCases, CommandResult<PagedResult<CaseRow>>>(l => l.HandleAsync(new CaseFilter()));
        var bad = await services.RunAsync<ListCases, CommandResult<PagedResult<CaseRow>>>(l => l.HandleAsync(new CaseFilter { PageSize = 1000 }));

        Assert.Equal("Red supply chain", Assert.Single(mine.Value!.Items).Title);
        Assert.Equal("Green celebratory shootings", Assert.Single(theirs.Value!.Items).Title);
        Assert.Equal((CasePriority.Critical, 2), (Assert.Single(critical.Value!.Items).Priority, critical.Value.TotalCount));
        Assert.Empty(none.Value!.Items);
        Assert.NotEmpty(bad.Errors!.For("PageSize"));
    }
}
