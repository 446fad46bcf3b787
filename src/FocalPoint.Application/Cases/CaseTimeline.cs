using FocalPoint.Domain.Cases;

namespace FocalPoint.Application.Cases;

public enum CaseEventKind
{
    CaseOpened,
    CaseChanged,
    IncidentOccurred,
    IncidentAttached,
    RecordAttached,
    TaskCreated,
    TaskFinished,
    JournalNote,
}

/// <summary>
/// One dated line of a case's timeline; <see cref="Subject"/> is a reference, label, title or owner, never translated.
/// A change of the case carries its new status and priority for the page to name in its language.
/// </summary>
public sealed record CaseEvent(DateTime AtUtc, CaseEventKind Kind, string Subject, string? By, CaseStatus? Status = null, CasePriority? Priority = null);

/// <summary>Everything in a case on one time axis, built from what the user was shown (so it reveals nothing more).</summary>
public static class CaseTimeline
{
    public static IReadOnlyList<CaseEvent> Build(CaseDetails details)
    {
        var events = new List<CaseEvent>();
        foreach (var (h, index) in details.History.Select((h, i) => (h, i)))
        {
            var kind = index == 0 && h.OldStatus is null ? CaseEventKind.CaseOpened : CaseEventKind.CaseChanged;
            events.Add(new(h.ChangedAtUtc, kind, h.NewOwner, h.ChangedBy, h.NewStatus, h.NewPriority));
        }

        foreach (var i in details.Incidents)
        {
            events.Add(new(i.OccurredAtUtc, CaseEventKind.IncidentOccurred, i.Reference, null));
            if (i.AddedAtUtc is { } added)
            {
                events.Add(new(added, CaseEventKind.IncidentAttached, i.Reference, i.AddedBy));
            }
        }

        events.AddRange(details.Records.Select(r => new CaseEvent(r.AddedAtUtc, CaseEventKind.RecordAttached, r.Label, r.AddedBy)));
        foreach (var t in details.Tasks)
        {
            events.Add(new(t.CreatedAtUtc, CaseEventKind.TaskCreated, t.Title, t.CreatedBy));
            if (t.CompletedAtUtc is { } done && t.Status is CaseTaskStatus.Done or CaseTaskStatus.Cancelled)
            {
                events.Add(new(done, CaseEventKind.TaskFinished, t.Title, t.Assignee));
            }
        }

        events.AddRange(details.Journal.Select(j => new CaseEvent(j.CreatedAtUtc, CaseEventKind.JournalNote, Shorten(j.Text), j.Author)));
        return [.. events.OrderByDescending(e => e.AtUtc).ThenBy(e => e.Kind)];
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
}
