using FocalPoint.Application.Demo;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Cases;

namespace FocalPoint.Application.Tests.Cases;

/// <summary>The demo's cases carry work to show: open and closed ones, tasks, journal notes, the same for the same seed.</summary>
public sealed class CaseDemoTests
{
    [Fact]
    public void Generate_CasesOpenAndClosedWithTasksJournalAndOwnerOnTeam_SameForTheSameSeed()
    {
        var reference = ReferenceDataCatalog.Load();
        var options = new DemoOptions(Seed: 7, Scale: 0.3);

        var batches = new DemoGenerator(reference, options).Generate().ToList();
        var again = new DemoGenerator(reference, options).Generate().ToList();

        var cases = batches.SelectMany(b => b.Cases).ToList();
        var tasks = batches.SelectMany(b => b.CaseTasks).ToList();
        var notes = batches.SelectMany(b => b.CaseJournal).ToList();
        var members = batches.SelectMany(b => b.CaseMembers).ToLookup(m => m.CaseId, m => m.UserName);
        Assert.Contains(cases, c => c.Status == CaseStatus.Closed);
        Assert.Contains(cases, c => c.Status is CaseStatus.Open or CaseStatus.Active);
        Assert.All(cases, c => Assert.Contains(c.Owner, members[c.Id]));
        Assert.All(cases, c => Assert.Contains(tasks, t => t.CaseId == c.Id));
        Assert.All(cases, c => Assert.Contains(notes, n => n.CaseId == c.Id));
        Assert.All(tasks, t => Assert.Contains(t.Assignee, members[t.CaseId]));
        var closed = cases.Where(c => c.Status == CaseStatus.Closed).Select(c => c.Id).ToHashSet();
        Assert.All(tasks.Where(t => closed.Contains(t.CaseId)), t => Assert.True(t.Status is CaseTaskStatus.Done or CaseTaskStatus.Cancelled));
        Assert.Equal(
            tasks.Select(t => (t.CaseId, t.Title, t.Assignee, t.DueOn, t.Status)),
            again.SelectMany(b => b.CaseTasks).Select(t => (t.CaseId, t.Title, t.Assignee, t.DueOn, t.Status)));
    }
}
