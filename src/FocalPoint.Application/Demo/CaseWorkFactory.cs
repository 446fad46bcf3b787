using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Notes;

namespace FocalPoint.Application.Demo;

/// <summary>
/// The work inside a demo case: its priority and markings, tasks and journal notes. It draws from a random stream of its
/// own, so the main stream (and with it every published total) is exactly as before the workspace existed.
/// </summary>
internal sealed class CaseWorkFactory(DemoContext ctx)
{
    private static readonly string[] TaskTitles =
    [
        "Trace the seized pistol through the liaison channel", "Request call records of the suspect's phone", "Interview the witness again",
        "Ask the forensic agency for test fires", "Check the vehicle's border crossings", "Prepare the file for the prosecutor",
        "Compare serials with the lost-and-stolen register", "Identify the supplier's contacts abroad",
    ];

    private static readonly (NoteKind Kind, string Text)[] Notes =
    [
        (NoteKind.Fact, "The seized pistols carry the same removed-serial pattern."),
        (NoteKind.Fact, "The vehicle crossed at Merdare two days before the seizure."),
        (NoteKind.Assessment, "The group most likely sources converted pistols from one workshop."),
        (NoteKind.Assessment, "Sales appear to rise before the wedding season."),
        (NoteKind.Fact, "A partner jurisdiction confirmed the last legal holder of one rifle."),
    ];

    private readonly Random random = new(ctx.Options.Seed ^ 0x0CA5E);
    private long taskId;
    private long noteId;

    /// <summary>Priority and markings, decided before the history is written (its rows carry the priority).</summary>
    public void Mark(Case @case)
    {
        @case.Priority = (CasePriority)random.Next(4);
        (@case.Tlp, @case.HandlingCode) = random.Next(10) switch
        {
            < 5 => (Tlp.Red, HandlingCode.H2),
            < 8 => (Tlp.Amber, HandlingCode.H1),
            _ => (Tlp.Green, HandlingCode.H0),
        };
    }

    public void Fill(Case @case, IReadOnlyList<string> team, DateTime opened, DateTime? closed)
    {
        for (var i = 0; i < 1 + random.Next(4); i++)
        {
            var created = opened.AddDays(random.Next(30)).AddHours(8 + random.Next(9));
            var due = DateOnly.FromDateTime(created).AddDays(7 + random.Next(60));
            var status = closed is not null ? (random.Next(5) == 0 ? CaseTaskStatus.Cancelled : CaseTaskStatus.Done) : (CaseTaskStatus)random.Next(3);
            ctx.Batch.CaseTasks.Add(new CaseTask
            {
                Id = ++taskId, CaseId = @case.Id, Title = TaskTitles[random.Next(TaskTitles.Length)], Assignee = team[random.Next(team.Count)],
                DueOn = due, Status = status, CompletedAtUtc = status is CaseTaskStatus.Done or CaseTaskStatus.Cancelled ? created.AddDays(3 + random.Next(20)) : null,
                CreatedAtUtc = created, CreatedBy = @case.Owner, Version = 1,
            });
        }

        for (var i = 0; i < 1 + random.Next(3); i++)
        {
            var (kind, text) = Notes[random.Next(Notes.Length)];
            ctx.Batch.CaseJournal.Add(new CaseJournalEntry
            {
                Id = ++noteId, CaseId = @case.Id, Kind = kind, Text = text,
                SourceReliability = (SourceReliability)random.Next(4), InformationAccuracy = (InformationAccuracy)(1 + random.Next(4)),
                CreatedAtUtc = opened.AddDays(1 + random.Next(60)), CreatedBy = team[random.Next(team.Count)], Version = 1,
            });
        }
    }
}
