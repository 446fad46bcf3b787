using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Links;
using FocalPoint.Domain.Notes;
using FocalPoint.Domain.Parties;

namespace FocalPoint.Domain.Cases;

/// <summary>A firearm, person or vehicle attached to a case (incidents have <see cref="CaseIncident"/>).</summary>
public class CaseRecord
{
    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public EntityKind Kind { get; set; }
    public long RecordId { get; set; }

    /// <summary>For a person: the data-subject role the case file gives them.</summary>
    public PersonRole? Role { get; set; }
    public DateTime AddedAtUtc { get; set; }
    public string AddedBy { get; set; } = "";
}

public enum CaseTaskStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>A piece of work in a case for one team member, with a due date.</summary>
public class CaseTask : AuditableEntity
{
    public const int MaxTitleLength = 200;

    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public string Title { get; set; } = "";
    public string Assignee { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public CaseTaskStatus Status { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
}

/// <summary>
/// A journal note of a case: a fact or an assessment (Directive 2016/680 art. 7), with the 4x4 evaluation of its
/// source and information. Author and time are the audit stamps; notes are never edited, a correction is a new note.
/// </summary>
public class CaseJournalEntry : AuditableEntity
{
    public const int MaxTextLength = 4000;

    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public NoteKind Kind { get; set; }
    public SourceReliability SourceReliability { get; set; } = SourceReliability.X;
    public InformationAccuracy InformationAccuracy { get; set; } = InformationAccuracy.CannotBeJudged;
    public string Text { get; set; } = "";
}
