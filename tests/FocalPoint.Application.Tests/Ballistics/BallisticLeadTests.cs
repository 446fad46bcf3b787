using FocalPoint.Application.Ballistics;
using FocalPoint.Application.Common;
using FocalPoint.Application.Network;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Ballistics;
using FocalPoint.Domain.Incidents;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Tests.Ballistics;

public sealed class BallisticLeadTests
{
    private static readonly DateOnly ComparedOn = new(2024, 6, 1);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DecideLead_ConfirmedByASecondExaminer_JoinsSceneAndFirearmOnTheirPagesAndInTheChart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await BallisticsWorld.CreateAsync(database);
        var leadId = await world.LeadAsync();

        var decided = await world.Reviewer.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(true, ComparedOn, "Breech-face marks agree")));

        Assert.Equal(BallisticLeadState.Confirmed, decided.Value);
        var onFirearm = Assert.Single(await world.Investigator.RunAsync<ListBallisticHits, IReadOnlyList<BallisticHitRow>>(l => l.HandleAsync(HitScope.Firearm, world.FirearmId)));
        Assert.Equal((world.SceneReference, ExhibitKind.CartridgeCase, "reviewer", ComparedOn), (onFirearm.Far.Reference, onFirearm.Far.Kind, onFirearm.DecidedBy, onFirearm.DecidedOn));
        var onScene = Assert.Single(await world.Investigator.RunAsync<ListBallisticHits, IReadOnlyList<BallisticHitRow>>(l => l.HandleAsync(HitScope.Incident, world.SceneId)));
        Assert.Equal(world.FirearmId, onScene.Far.FirearmId);
        Assert.Contains(await LinksAsync(world.Investigator), l => l.Contains(NodeKeys.Of(ChartNodeKind.Firearm, world.FirearmId)) && l.Contains(NodeKeys.Of(ChartNodeKind.Incident, world.SceneId)));
        var audit = world.Reviewer.GetRequiredService<RecordingAuditLog>().Events;
        Assert.Contains(audit, e => e.Action == AuditAction.Alter && e.RecordIds.Contains($"BallisticLead/{leadId}"));
        // The examiner sees the laboratory's records, never the registry around them.
        Assert.Empty(await world.Examiner.RunAsync<ListBallisticHits, IReadOnlyList<BallisticHitRow>>(l => l.HandleAsync(HitScope.Firearm, world.FirearmId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DecideLead_ByTheProposerOrTwice_RefusedAndNothingChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await BallisticsWorld.CreateAsync(database);
        var leadId = await world.LeadAsync();

        var own = await world.Examiner.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(true, ComparedOn, null)));
        var early = await world.Reviewer.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(true, new DateOnly(2024, 1, 1), null)));
        var refuted = await world.Reviewer.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(false, ComparedOn, null)));
        var again = await world.Reviewer.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(true, ComparedOn, null)));
        var byInvestigator = await world.Investigator.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(true, ComparedOn, null)));

        Assert.Contains("another examiner", own.Errors!.ToDictionary()["State"][0], StringComparison.Ordinal);
        Assert.True(early.Errors!.ToDictionary().ContainsKey("ComparedOn"));
        Assert.Equal(BallisticLeadState.Refuted, refuted.Value);
        Assert.Contains("already Refuted", again.Errors!.ToDictionary()["State"][0], StringComparison.Ordinal);
        Assert.True(byInvestigator.NotFound);
        await using var db = await world.Investigator.ContextAsync();
        Assert.Equal(BallisticLeadState.Refuted, await db.BallisticLeads.Where(l => l.Id == leadId).Select(l => l.State).SingleAsync());
        Assert.Empty(await world.Investigator.RunAsync<ListBallisticHits, IReadOnlyList<BallisticHitRow>>(l => l.HandleAsync(HitScope.Firearm, world.FirearmId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListBallisticHits_SceneOutOfReach_FirearmPageSaysRestrictedAndTheChartHasNoLink(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await BallisticsWorld.CreateAsync(database, sceneBy: "other", sceneTlp: Tlp.Red);
        var leadId = await world.LeadAsync();
        await world.Reviewer.RunAsync<DecideLead, CommandResult<BallisticLeadState>>(d => d.HandleAsync(leadId, new LeadDecision(true, ComparedOn, null)));

        var hit = Assert.Single(await world.Investigator.RunAsync<ListBallisticHits, IReadOnlyList<BallisticHitRow>>(l => l.HandleAsync(HitScope.Firearm, world.FirearmId)));
        var scene = await world.Investigator.RunAsync<ListBallisticHits, IReadOnlyList<BallisticHitRow>>(l => l.HandleAsync(HitScope.Incident, world.SceneId));

        Assert.Equal((null, null, "BAL-2024-00017"), (hit.Far.IncidentId, hit.Far.Reference, hit.Far.LabNumber));
        Assert.Empty(scene);
        Assert.Empty(await LinksAsync(world.Investigator));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RecordExaminationAndProposeLead_BadInput_ClearMessagesAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var world = await BallisticsWorld.CreateAsync(database);
        Assert.True((await world.Examiner.RunAsync<RecordExamination, CommandResult<long>>(r => r.HandleAsync(world.Scene("BAL-1")))).Succeeded);
        Assert.True((await world.Examiner.RunAsync<RecordExamination, CommandResult<long>>(r => r.HandleAsync(world.Scene("BAL-2") with { CalibreId = 2 }))).Succeeded);

        var bad = new[]
        {
            world.Scene("BAL-1"),
            world.Scene("BAL-3") with { IncidentReference = "FP-2024-999999" },
            world.TestFire("BAL-4") with { Serial = null },
            world.TestFire("BAL-5") with { Serial = "XX-0000" },
            world.Scene("BAL-6") with { Serial = "CZ-778 120" },
            world.Scene("BAL-7") with { ExaminedOn = new DateOnly(2024, 6, 2) },
        };
        var errors = new List<IDictionary<string, string[]>>();
        foreach (var input in bad)
        {
            errors.Add((await world.Examiner.RunAsync<RecordExamination, CommandResult<long>>(r => r.HandleAsync(input))).Errors!.ToDictionary());
        }

        var calibres = await world.Examiner.RunAsync<ProposeLead, CommandResult<long>>(p => p.HandleAsync(new LeadInput("BAL-1", "BAL-2")));
        var self = await world.Examiner.RunAsync<ProposeLead, CommandResult<long>>(p => p.HandleAsync(new LeadInput("BAL-1", "BAL-1")));
        var byInvestigator = await world.Investigator.RunAsync<RecordExamination, CommandResult<long>>(r => r.HandleAsync(world.Scene("BAL-8")));

        Assert.Contains("already recorded", errors[0]["LabNumber"][0], StringComparison.Ordinal);
        Assert.Contains("FP-2024-999999", errors[1]["IncidentReference"][0], StringComparison.Ordinal);
        Assert.Contains("give its serial", errors[2]["Serial"][0], StringComparison.Ordinal);
        Assert.Contains(world.SeizureReference, errors[3]["Serial"][0], StringComparison.Ordinal);
        Assert.Contains("leave the serial empty", errors[4]["Serial"][0], StringComparison.Ordinal);
        Assert.Contains("after today", errors[5]["ExaminedOn"][0], StringComparison.Ordinal);
        Assert.Contains("calibres differ", calibres.Errors!.ToDictionary()["MatchedLabNumber"][0], StringComparison.Ordinal);
        Assert.Contains("two different", self.Errors!.ToDictionary()["MatchedLabNumber"][0], StringComparison.Ordinal);
        Assert.True(byInvestigator.NotFound);
        await using var db = await world.Investigator.ContextAsync();
        Assert.Equal(2, await db.BallisticExaminations.CountAsync());
        Assert.Equal(0, await db.BallisticLeads.CountAsync());
    }

    /// <summary>The ballistic links of the user's view, each as the set of its two node keys.</summary>
    private static async Task<List<HashSet<string>>> LinksAsync(ServiceProvider services) =>
        await services.RunAsync<VisibleGraphs, List<HashSet<string>>>(async g =>
        {
            var view = await g.GetAsync();
            // The snapshot is shared by everyone; what this user sees of it is the mask's visible links.
            return [.. Enumerable.Range(0, view.Graph.LinkCount).Where(view.Mask.IsLinkVisible).Select(view.Graph.GetLink)
                .Where(l => l.Type == RegistrySnapshotBuilder.BallisticHit)
                .Select(l => new HashSet<string> { view.Graph.IdOf(l.Source).ToString(), view.Graph.IdOf(l.Target).ToString() })];
        });
}
