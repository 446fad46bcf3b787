using FocalPoint.Application.Cases;
using FocalPoint.Application.Cases.Family;
using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Notes;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>Merging two cases keeps every record and its history; parent and child cases are shown on the case page.</summary>
public sealed class CaseFamilyTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Merge_TwoCases_WorkMovesTheMergedCasePointsToTheSurvivorAndItsTeamSeesTheRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var (red, redRef) = await IncidentAsync(database, Tlp.Red, HandlingCode.H0, author: "inv1");
        var (_, sharedRef) = await IncidentAsync(database, Tlp.Green, HandlingCode.H0, author: "inv1");
        await using var owner = TestServices.For(database, access: Investigator("inv1"));
        var source = await CaseAsync(owner, Input("inv1", "Pistols at the market", "inv2"));
        var target = await CaseAsync(owner, Input("inv1", "Converted pistols around Peja"));
        await owner.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(target, redRef));
        await owner.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(source, sharedRef));
        await owner.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(target, sharedRef));
        await owner.RunAsync<AddJournalEntry, CommandResult<long>>(j => j.HandleAsync(source, new JournalInput(NoteKind.Fact, SourceReliability.B, InformationAccuracy.KnownToSource, "Seller seen twice")));
        await owner.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(source, new CaseTaskInput("Ask for test fires", "inv2", null)));
        var child = await CaseAsync(owner, Input("inv1", "The market seller"));
        await owner.RunAsync<SetParentCase, CommandResult<long?>>(s => s.HandleAsync(child, Reference(database, source)));
        var targetRef = Reference(database, target);
        await using var member = TestServices.For(database, access: Investigator("inv2"));
        var seenBefore = await member.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(red)) is not null;

        var preview = (await owner.RunAsync<MergeCases, CommandResult<MergePreview>>(m => m.PreviewAsync(source, targetRef))).Value!;
        var merged = await owner.RunAsync<MergeCases, CommandResult<long>>(m => m.HandleAsync(source, targetRef));

        Assert.Equal((1, 1, 1, 1, 1), (preview.Incidents, preview.NewMembers, preview.Tasks, preview.Notes, preview.Children));
        Assert.Equal(target, merged.Value);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.CaseIncidents.CountAsync(ci => ci.CaseId == target));
        Assert.Equal(0, await db.CaseIncidents.CountAsync(ci => ci.CaseId == source));
        Assert.Equal((1, 1), (await db.CaseTasks.CountAsync(t => t.CaseId == target), await db.CaseJournal.CountAsync(j => j.CaseId == target)));
        var pointer = await db.Cases.SingleAsync(c => c.Id == source);
        Assert.Equal((CaseStatus.Closed, (long?)target), (pointer.Status, pointer.MergedIntoId));
        Assert.Equal(2, await db.CaseHistory.CountAsync(h => h.CaseId == source));
        Assert.Equal(target, await db.Cases.Where(c => c.Id == child).Select(c => c.ParentId).SingleAsync());
        Assert.Contains(owner.Audit().Events, e => e.Action == AuditAction.Alter && e.RecordIds.SequenceEqual([$"Case/{source}", $"Case/{target}"]) && e.Detail!.Contains("inv2", StringComparison.Ordinal));
        Assert.False(seenBefore);
        Assert.NotNull(await member.RunAsync<GetIncident, IncidentDetails?>(g => g.HandleAsync(red)));
        var family = await member.RunAsync<GetCaseFamily, CaseFamily?>(g => g.HandleAsync(source));
        Assert.Equal(target, family!.MergedInto!.Id);
        // The pointer is read-only: nothing more is attached to it.
        Assert.True((await owner.RunAsync<AddJournalEntry, CommandResult<long>>(j => j.HandleAsync(source, new JournalInput(NoteKind.Fact, SourceReliability.B, InformationAccuracy.KnownToSource, "Late note")))).NotFound);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MergeAndParent_IntoItselfOutOfReachOrACycle_RefusedNothingChangedAttemptAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var owner = TestServices.For(database, access: Investigator("inv1"));
        await using var other = TestServices.For(database, access: Investigator("inv2"));
        var mine = await CaseAsync(owner, Input("inv1"));
        var child = await CaseAsync(owner, Input("inv1", "A line of inquiry"));
        var theirs = await CaseAsync(other, Input("inv2", "Another team's case"));
        await owner.RunAsync<SetParentCase, CommandResult<long?>>(s => s.HandleAsync(child, Reference(database, mine)));

        var itself = await owner.RunAsync<MergeCases, CommandResult<long>>(m => m.HandleAsync(mine, Reference(database, mine)));
        var hidden = await owner.RunAsync<MergeCases, CommandResult<long>>(m => m.HandleAsync(mine, Reference(database, theirs)));
        var cycle = await owner.RunAsync<SetParentCase, CommandResult<long?>>(s => s.HandleAsync(mine, Reference(database, child)));
        var notMine = await other.RunAsync<MergeCases, CommandResult<long>>(m => m.HandleAsync(mine, Reference(database, theirs)));

        Assert.Contains("into itself", itself.Errors!.ToDictionary()["Target"][0], StringComparison.Ordinal);
        Assert.Contains("None of your cases", hidden.Errors!.ToDictionary()["Target"][0], StringComparison.Ordinal);
        Assert.Contains("own ancestor", cycle.Errors!.ToDictionary()["Parent"][0], StringComparison.Ordinal);
        Assert.True(notMine.NotFound);
        Assert.Contains(owner.Audit().Events, e => e.Action == AuditAction.AccessRefused && e.RecordIds.Contains($"Case/{theirs}"));
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Cases.CountAsync(c => c.MergedIntoId != null));
        Assert.Null(await db.Cases.Where(c => c.Id == mine).Select(c => c.ParentId).SingleAsync());
    }

    private static string Reference(TestDatabase database, long caseId)
    {
        using var db = database.CreateContext();
        return db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).Single();
    }
}
