namespace FocalPoint.Domain.Ballistics;

public enum BallisticLeadState
{
    /// <summary>A candidate correlation proposed by the laboratory's comparison, not yet reviewed.</summary>
    Lead,

    /// <summary>An examiner compared the marks under the microscope and confirmed the same firearm: a hit.</summary>
    Confirmed,

    /// <summary>An examiner compared the marks and excluded the same firearm.</summary>
    Refuted,
}

/// <summary>
/// A candidate correlation between two examinations (like a NIBIN lead): scene to scene, or scene to test fire. Only a
/// confirmed one joins the incidents and firearms in the link chart and on their pages. Proposer and reviewer are
/// different examiners (four eyes), and the decision is final: a later doubt is a new examination.
/// </summary>
public class BallisticLead
{
    public const int MaxNoteLength = 1000;

    public long Id { get; set; }
    public long ExaminationId { get; set; }
    public BallisticExamination? Examination { get; set; }
    public long MatchedExaminationId { get; set; }
    public BallisticExamination? MatchedExamination { get; set; }
    public BallisticLeadState State { get; set; }
    public DateTime ProposedAtUtc { get; set; }
    public string ProposedBy { get; set; } = "";

    /// <summary>The reviewing examiner's name and the day of the comparison.</summary>
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? Note { get; set; }
}
