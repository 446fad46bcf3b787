using FocalPoint.Application.Ballistics;
using FocalPoint.Application.Cases;
using FocalPoint.Application.Common;
using FocalPoint.Application.Tests.Ballistics;
using FocalPoint.Application.Tests.Tracing;
using FocalPoint.Application.Tracing.Traces;
using FocalPoint.Data.Identity;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Notifications;
using FocalPoint.Domain.Tracing;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Notifications;

/// <summary>Stolen hits, trace answers and ballistic leads tell the holders of the records, each of what they may open.</summary>
public sealed class RecordNotificationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SeizureOfAStolenGun_HoldersOfBothRecordsToldOfTheirOwnSideOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var reporter = TracingWorld.Services(database, Investigator("inv2"));
        var theft = TracingWorld.Theft("ZX 40417", new DateTime(2021, 4, 2, 20, 0, 0));
        theft.Tlp = Tlp.Red;
        var stolenId = await TracingWorld.RecordAsync(reporter, theft);
        var caseId = await CaseAsync(reporter, Input("inv2", "Burglaries in Peja", "analyst"));
        var theftReference = await ReferenceOfFirearmAsync(database, stolenId);
        Assert.True((await reporter.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, theftReference))).Succeeded);

        await using var border = TracingWorld.Services(database, TracingWorld.User("border", Roles.BorderOfficer));
        var seizedId = await TracingWorld.RecordAsync(border, IncidentInputs.Seizure("ZX-40417"));

        var told = (await Inbox.AllAsync(database)).Where(n => n.Kind == NotificationKind.StolenHit).Select(n => (n.Recipient, n.TargetId, n.Subject)).ToList();
        Assert.Equal(
            [("analyst", stolenId, theftReference), ("border", seizedId, await ReferenceOfFirearmAsync(database, seizedId)), ("inv2", stolenId, theftReference)],
            told);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TraceAnswered_RequesterAndCaseTeamTold_AnswererAndOthersNot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await AccountsAsync(database, ("liaison", Roles.LiaisonOfficer));
        await using var requester = TracingWorld.Services(database, Investigator("inv1"));
        var firearmId = await TracingWorld.RecordAsync(requester, IncidentInputs.Seizure("M70-55012"));
        var traceId = (await requester.RunAsync<CreateTrace, CommandResult<long>>(c => c.HandleAsync(new TraceInput(firearmId, TraceChannel.Bilateral, "RS", Send: true)))).Value;
        await using var owner = TracingWorld.Services(database, Investigator("inv2"));
        var caseId = await CaseAsync(owner, Input("inv2", "Zastava pistols", "analyst"));
        var seizureReference = await ReferenceOfFirearmAsync(database, firearmId);
        Assert.True((await owner.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, seizureReference))).Succeeded);

        await using var liaison = TracingWorld.Services(database, TracingWorld.Liaison());
        var answered = await liaison.RunAsync<RecordTraceAnswer, CommandResult<long>>(r => r.HandleAsync(traceId, new TraceAnswerInput(new DateOnly(2024, 6, 1), false)));

        Assert.True(answered.Succeeded);
        Assert.Equal(["analyst", "inv1", "inv2"], await Inbox.RecipientsAsync(database, NotificationKind.TraceAnswered));
        Assert.All(await Inbox.AllAsync(database), n => Assert.Equal((NotificationTarget.Trace, traceId, $"#{traceId}"), (n.Target, n.TargetId, n.Subject)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BallisticLead_ProposedTellsOtherExaminers_ConfirmedTellsProposerAndCaseTeamOfTheScene(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AccountsAsync(database, ("examiner", Roles.ForensicExaminer), ("reviewer", Roles.ForensicExaminer), ("investigator", Roles.Investigator), ("inv2", Roles.Investigator));
        await using var world = await BallisticsWorld.CreateAsync(database);
        await using var owner = TracingWorld.Services(database, Investigator("inv2"));
        var caseId = await CaseAsync(owner, Input("inv2", "Café shooting"));
        Assert.True((await owner.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, world.SceneReference))).Succeeded);

        var leadId = await world.LeadAsync();
        var afterProposal = await Inbox.AllAsync(database);
        var decided = await world.Reviewer.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(true, new DateOnly(2024, 6, 1), null)));

        Assert.Equal([("reviewer", NotificationKind.BallisticLeadProposed, NotificationTarget.Ballistics, leadId, "BAL-2024-00017")], afterProposal.Select(n => (n.Recipient, n.Kind, n.Target, n.TargetId, n.Subject)));
        Assert.Equal(BallisticLeadState.Confirmed, decided.Value);
        var confirmed = (await Inbox.AllAsync(database)).Where(n => n.Kind == NotificationKind.BallisticLeadConfirmed).Select(n => (n.Recipient, n.Target, n.TargetId)).ToList();
        Assert.Equal([("examiner", NotificationTarget.Ballistics, leadId), ("inv2", NotificationTarget.Incident, world.SceneId)], confirmed);
    }

    private static async Task<string> ReferenceOfFirearmAsync(TestDatabase database, long firearmId)
    {
        await using var db = database.CreateContext();
        return await db.Firearms.Where(f => f.Id == firearmId).Select(f => f.Incident!.Reference).SingleAsync();
    }
}
