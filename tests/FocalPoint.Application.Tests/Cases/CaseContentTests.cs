using FocalPoint.Application.Cases;
using FocalPoint.Application.Common;
using FocalPoint.Data.Auditing;
using FocalPoint.Data.Setup;
using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Notes;
using FocalPoint.Domain.Parties;
using FocalPoint.Testing;
using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Tests.Cases.CaseTestData;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>What a case holds: incidents, firearms and persons (under purpose and audit), tasks, journal and timeline.</summary>
public sealed class CaseContentTests
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AttachIncident_UnknownOrOutOfReachOrTwice_RefusedAndOnlyTheFirstStays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var (_, reference) = await IncidentAsync(database, Tlp.Green, HandlingCode.H0);
        var (_, redReference) = await IncidentAsync(database, Tlp.Red, HandlingCode.H0);
        await using var services = TestServices.For(database, access: Investigator("inv1"));
        var caseId = await CaseAsync(services, Input(owner: "inv1"));

        var first = await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, reference));
        var twice = await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, reference));
        var red = await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, redReference));
        var unknown = await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, "FP-1999-000001"));

        Assert.True(first.Succeeded);
        Assert.Equal("CaseAlreadyAttached", twice.Errors!.For("Reference").Single().Code);
        Assert.Equal("UnknownRecord", red.Errors!.For("Reference").Single().Code);
        Assert.Equal("UnknownRecord", unknown.Errors!.For("Reference").Single().Code);
        var details = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(caseId)))!;
        Assert.Equal(reference, Assert.Single(details.Incidents).Reference);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AttachPerson_NeedsPurposeAndRoleThatReadsPersonalData_ShownOnlyWithPurposeAndEachReadAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var (incident, _) = await IncidentAsync(database, Tlp.Green, HandlingCode.H0);
        long personId;
        await using (var db = database.CreateContext())
        {
            personId = await db.IncidentPersons.Where(ip => ip.IncidentId == incident).Select(ip => ip.PersonId).SingleAsync();
        }

        await using var services = TestServices.For(database, access: Investigator("inv1"));
        var caseId = await CaseAsync(services, Input(owner: "inv1", team: "commander"));
        await using var commander = TestServices.For(database, access: Commander());

        var noPurpose = await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.RecordAsync(caseId, EntityKind.Person, personId, PersonRole.Suspect, null));
        var byCommander = await commander.RunAsync<AttachToCase, CommandResult<long>>(a => a.RecordAsync(caseId, EntityKind.Person, personId, PersonRole.Suspect, "Identify the supplier"));
        var attached = await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.RecordAsync(caseId, EntityKind.Person, personId, PersonRole.Suspect, "Identify the supplier"));
        var withheld = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(caseId)))!;
        var shown = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(caseId, "Prepare the interview")))!;

        Assert.Equal("SayWhy", noPurpose.Errors!.For("Purpose").Single().Code);
        Assert.Equal("UnknownRecord", byCommander.Errors!.For("RecordId").Single().Code);
        Assert.True(attached.Succeeded);
        Assert.Equal((0, 1), (withheld.Records.Count, withheld.PersonsWithheld));
        var row = Assert.Single(shown.Records);
        Assert.Equal(("Agim Krasniqi", PersonRole.Suspect), (row.Label, row.Role));
        Assert.Equal(AuditAction.AccessRefused, Assert.Single(commander.Audit().Events).Action);
        var events = services.Audit().Events.Where(e => e.RecordKind == "Person").ToList();
        Assert.Equal([AuditAction.Collect, AuditAction.Consult], events.Select(e => e.Action));
        Assert.Equal(["Identify the supplier", "Prepare the interview"], events.Select(e => e.Purpose));
        Assert.All(events, e => Assert.Contains($"Person/{personId}", e.RecordIds));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Tasks_OverdueOnesComeFirstOnTheAssigneesHomeAndAssigneeMustBeOnTeam(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        await using var services = TestServices.For(database, access: Investigator("inv1"), time: Clock);
        await using var inv2 = TestServices.For(database, access: Investigator("inv2"), time: Clock);
        var caseId = await CaseAsync(services, Input(owner: "inv1", team: "inv2"));
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

        var later = await services.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(caseId, new CaseTaskInput("Interview the witness", "inv2", today.AddDays(5))));
        var overdue = await services.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(caseId, new CaseTaskInput("Trace the pistol", "inv2", today.AddDays(-2))));
        var done = await services.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(caseId, new CaseTaskInput("Request records", "inv2", today.AddDays(-9))));
        await services.RunAsync<CaseTasks, CommandResult<long>>(t => t.SetStatusAsync(caseId, done.Value, CaseTaskStatus.Done));
        var outsider = await services.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(caseId, new CaseTaskInput("Check plates", "analyst", null)));
        var mine = await inv2.RunAsync<ListMyTasks, IReadOnlyList<MyTask>>(l => l.HandleAsync());

        Assert.True(later.Succeeded && overdue.Succeeded);
        Assert.Equal("CaseAssigneeOnTeam", outsider.Errors!.For("Assignee").Single().Code);
        Assert.Equal([("Trace the pistol", true), ("Interview the witness", false)], mine.Select(t => (t.Title, t.Overdue)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Journal_FactWithEvaluationKeptAsWrittenMarkupRefusedAndTimelineListsEverything(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await StandardAccountsAsync(database);
        var (_, reference) = await IncidentAsync(database, Tlp.Green, HandlingCode.H0);
        await using var services = TestServices.For(database, access: Investigator("inv1"), time: Clock);
        var caseId = await CaseAsync(services, Input(owner: "inv1"));
        await services.RunAsync<AttachToCase, CommandResult<long>>(a => a.IncidentAsync(caseId, reference));
        await services.RunAsync<CaseTasks, CommandResult<long>>(t => t.AddAsync(caseId, new CaseTaskInput("Trace the pistol", "inv1", null)));

        var fact = await services.RunAsync<AddJournalEntry, CommandResult<long>>(j => j.HandleAsync(
            caseId, new JournalInput(NoteKind.Fact, SourceReliability.B, InformationAccuracy.KnownToSource, "The van crossed at Merdare.")));
        var markup = await services.RunAsync<AddJournalEntry, CommandResult<long>>(j => j.HandleAsync(
            caseId, new JournalInput(NoteKind.Assessment, SourceReliability.C, InformationAccuracy.CannotBeJudged, "<b>likely</b>")));
        var details = (await services.RunAsync<GetCase, CaseDetails?>(g => g.HandleAsync(caseId)))!;

        Assert.True(fact.Succeeded);
        Assert.Equal("NoMarkup", markup.Errors!.For("Text").Single().Code);
        var note = Assert.Single(details.Journal);
        Assert.Equal((NoteKind.Fact, SourceReliability.B, InformationAccuracy.KnownToSource, "inv1"), (note.Kind, note.SourceReliability, note.InformationAccuracy, note.Author));
        Assert.Equal("The van crossed at Merdare.", note.Text);

        // Free text about people under investigation: encrypted at rest, its writing audited without the text.
        await using (var db = database.CreateContext())
        {
            var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Text\" AS \"Value\" FROM \"CaseJournal\"").SingleAsync();
            Assert.DoesNotContain("Merdare", stored, StringComparison.Ordinal);
        }

        var written = Assert.Single(services.Audit().Events, e => e.RecordIds.Contains($"CaseJournal/{fact.Value}"));
        Assert.Equal((AuditAction.Collect, $"Case/{caseId}"), (written.Action, written.RecordIds[0]));
        Assert.DoesNotContain("Merdare", written.Detail ?? "", StringComparison.Ordinal);
        var kinds = CaseTimeline.Build(details).Select(e => e.Kind).ToHashSet();
        Assert.Equal(
            [CaseEventKind.CaseOpened, CaseEventKind.IncidentOccurred, CaseEventKind.IncidentAttached, CaseEventKind.TaskCreated, CaseEventKind.JournalNote],
            kinds.Order());
    }
}
