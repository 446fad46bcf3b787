using FocalPoint.Application.Cases;
using FocalPoint.Application.Common;
using FocalPoint.Application.Notifications;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Notes;
using FocalPoint.Domain.Notifications;
using FocalPoint.Testing;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Notifications;

/// <summary>Tasks and mentions in a case tell team members only, by the case's reference.</summary>
public sealed class CaseNotificationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddTask_ToColleague_OnlyTheAssigneeIsToldWithTheCaseReferenceAndLink(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var owner = TestServices.For(database, access: Investigator("inv1"));
        var caseId = await CaseAsync(owner, Input("inv1", "Pistols", "inv2", "analyst"));

        await owner.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(caseId, new CaseTaskInput("Interview the dealer", "inv2", null)));
        await owner.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(caseId, new CaseTaskInput("Own follow-up", "inv1", null)));

        await using var colleague = TestServices.For(database, access: Investigator("inv2"));
        var inbox = await colleague.RunAsync<ListMyNotifications, NotificationPage>(l => l.HandleAsync());
        var row = Assert.Single(inbox.Rows);
        Assert.Equal((NotificationKind.TaskAssigned, $"/cases/{caseId}", false, "inv1"), (row.Kind, row.Link, row.Read, row.Actor));
        Assert.StartsWith("CASE-", row.Subject, StringComparison.Ordinal);
        Assert.Equal(["inv2"], await Inbox.RecipientsAsync(database, NotificationKind.TaskAssigned));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task JournalNote_MentionsTeamMemberAndOutsider_OnlyTheTeamMemberIsTold(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var owner = TestServices.For(database, access: Investigator("inv1"));
        var caseId = await CaseAsync(owner, Input("inv1", "Pistols", "inv2"));

        // analyst holds Cases but is not on this AMBER/RED team: naming them must not disclose the case.
        var note = new JournalInput(NoteKind.Assessment, SourceReliability.B, InformationAccuracy.KnownToSource, "@INV2 and @analyst: the dealer lied (mail inv1@example.org).");
        var added = await owner.RunAsync<AddJournalEntry, CommandResult<long>>(a => a.HandleAsync(caseId, note));

        Assert.True(added.Succeeded);
        Assert.Equal(["inv2"], await Inbox.RecipientsAsync(database, NotificationKind.Mentioned));
        var told = Assert.Single(await Inbox.AllAsync(database));
        Assert.Equal((NotificationTarget.Case, caseId), (told.Target, told.TargetId));
    }

    [Fact]
    public void Mentions_InText_NamesAfterAtAtWordStartsOnly()
    {
        var names = Mentions.In("Ask @inv2, then @a.krasniqi. Not mail@example.org or @@x.");

        Assert.Equal(["a.krasniqi", "inv2"], names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Notify_RecipientWhoCannotOpenTheRecord_IsNotTold(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var (red, _) = await IncidentAsync(database, Tlp.Red, HandlingCode.H2, author: "inv1");
        await using var services = TestServices.For(database, access: Investigator("inv1"));

        var told = await services.RunAsync<Notify, int>(n => n.HandleAsync(
        [
            new NotificationDraft("inv2", NotificationKind.StolenHit, NotificationTarget.Incident, red, "KP-X"),
            new NotificationDraft("border", NotificationKind.StolenHit, NotificationTarget.Incident, red, "KP-X"),
            new NotificationDraft("nobody", NotificationKind.StolenHit, NotificationTarget.Incident, red, "KP-X"),
            new NotificationDraft("analyst", NotificationKind.BallisticLeadProposed, NotificationTarget.Ballistics, 1, "BAL-1"),
        ]));

        Assert.Equal(0, told);
        Assert.Empty(await Inbox.AllAsync(database));
    }
}
