using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Training;

/// <summary>What a course was about: the cuts the programme reports trained officials by.</summary>
public enum TrainingTopic
{
    FirearmsControl,
    Investigation,
    BorderControl,
    Forensics,
    CyberSecurity,
    CriticalInfrastructure,
    GenderMainstreaming,
    Other,
}

/// <summary>One run of a course (a session): who organised it, where and when, for how many hours, and who paid.</summary>
public class TrainingCourse : AuditableEntity
{
    public const int MaxTextLength = 200;

    public string Title { get; set; } = "";
    public TrainingTopic Topic { get; set; }

    /// <summary>The organising institution (the Police Academy, the FFP, a donor's project).</summary>
    public string Institution { get; set; } = "";
    public string Place { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public decimal Hours { get; set; }
    public string Trainer { get; set; } = "";

    /// <summary>The certificate participants receive, empty when none.</summary>
    public string Certification { get; set; } = "";

    /// <summary>The donor or programme that funded it (for the programme's own reporting).</summary>
    public string Programme { get; set; } = "";

    public List<TrainingParticipation> Participations { get; set; } = [];
}
