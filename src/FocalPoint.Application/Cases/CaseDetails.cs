using FocalPoint.Domain.Cases;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Notes;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Application.Cases;

/// <summary>Everything on a case's page, cut to what the user may see.</summary>
public sealed record CaseDetails(
    long Id, string Reference, string Title, string? Summary, CaseStatus Status, CasePriority Priority, HandlingCode HandlingCode, Tlp Tlp,
    string Owner, int Version, DateTime CreatedAtUtc, string CreatedBy, bool MayEdit,
    IReadOnlyList<string> Team,
    IReadOnlyList<CaseIncidentRow> Incidents, int IncidentsOutOfReach,
    IReadOnlyList<CaseRecordRow> Records, int PersonsWithheld,
    IReadOnlyList<CaseTaskRow> Tasks,
    IReadOnlyList<JournalRow> Journal,
    IReadOnlyList<CaseHistoryRow> History)
{
    public CaseInput ToInput() => new()
    {
        Title = Title, Summary = Summary, Owner = Owner, Status = Status, Priority = Priority, HandlingCode = HandlingCode, Tlp = Tlp, Version = Version,
    };
}

public sealed record CaseIncidentRow(long Id, string Reference, IncidentKind Kind, DateTime OccurredAtUtc, DateOnly OccurredOn, HandlingCode HandlingCode, Tlp Tlp, DateTime? AddedAtUtc, string? AddedBy);

public sealed record CaseRecordRow(EntityKind Kind, long RecordId, string Label, PersonRole? Role, DateTime AddedAtUtc, string AddedBy);

public sealed record CaseTaskRow(long Id, string Title, string Assignee, DateOnly? DueOn, CaseTaskStatus Status, bool Overdue, DateTime CreatedAtUtc, string CreatedBy, DateTime? CompletedAtUtc);

public sealed record JournalRow(long Id, NoteKind Kind, SourceReliability SourceReliability, InformationAccuracy InformationAccuracy, string Text, string Author, DateTime CreatedAtUtc);

public sealed record CaseHistoryRow(
    DateTime ChangedAtUtc, string ChangedBy, CaseStatus? OldStatus, CaseStatus NewStatus, string? OldOwner, string NewOwner, CasePriority? OldPriority, CasePriority NewPriority);
