using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Community;

/// <summary>
/// A municipality's local safety audit (EFUS method): set-up (partners, scope, area, data sources), the audit itself
/// (registry figures, surveys, safety walks), priorities, an action plan, then implementation and evaluation. It holds
/// no personal data: survey answers and walk observations are anonymous.
/// </summary>
public class SafetyAudit : AuditableEntity
{
    public const int MaxTextLength = 2000;
    public const int MaxTitleLength = 200;

    public int MunicipalityId { get; set; }
    public string Title { get; set; } = "";
    public string Partners { get; set; } = "";
    public string Scope { get; set; } = "";
    public string Area { get; set; } = "";
    public string DataSources { get; set; } = "";
    public AuditStage Stage { get; set; }
    public List<AuditStageChange> History { get; set; } = [];
}

/// <summary>One move between stages, with who and when.</summary>
public class AuditStageChange
{
    public long Id { get; set; }
    public long AuditId { get; set; }
    public DateTime AtUtc { get; set; }
    public string By { get; set; } = "";
    public AuditStage To { get; set; }
}

/// <summary>A survey instrument of an audit: numbered questions answered on one scale (e.g. 1 = very unsafe .. 5 = very safe).</summary>
public class SafetySurvey
{
    public long Id { get; set; }
    public long AuditId { get; set; }
    public string Title { get; set; } = "";
    public int ScaleMin { get; set; }
    public int ScaleMax { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];
}

public class SurveyQuestion
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>One anonymous respondent's answer to one question, with what the answers are disaggregated by.</summary>
public class SurveyAnswer
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public int Respondent { get; set; }
    public int QuestionNumber { get; set; }
    public int Value { get; set; }
    public Parties.Sex Sex { get; set; }
    public AgeBand AgeBand { get; set; }
    public CommunityGroup Community { get; set; }
}

/// <summary>A safety walk through part of the municipality, with its located observations.</summary>
public class SafetyWalk
{
    public long Id { get; set; }
    public long AuditId { get; set; }
    public DateOnly WalkedOn { get; set; }
    public string Route { get; set; } = "";
    public string Participants { get; set; } = "";
    public List<WalkObservation> Observations { get; set; } = [];
}

/// <summary>What the walkers saw at one place (poor lighting, an abandoned building); a hotspot is marked on the map.</summary>
public class WalkObservation
{
    public long Id { get; set; }
    public long WalkId { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string Note { get; set; } = "";
    public bool Hotspot { get; set; }
}

/// <summary>A problem the audit chose to act on, in order, with why.</summary>
public class AuditPriority
{
    public long Id { get; set; }
    public long AuditId { get; set; }
    public int Rank { get; set; }
    public string Problem { get; set; } = "";
    public string Rationale { get; set; } = "";
}

/// <summary>
/// An action-plan item. Its indicator is measured from the registry when <see cref="RegistryKind"/> is set (the
/// municipality's incidents of that kind in the year); otherwise the coordinator enters its value with each update.
/// </summary>
public class ActionItem : AuditableEntity
{
    public long AuditId { get; set; }
    public long? PriorityId { get; set; }
    public string Title { get; set; } = "";
    public string Owner { get; set; } = "";
    public decimal? Budget { get; set; }
    public DateOnly Deadline { get; set; }
    public string Indicator { get; set; } = "";
    public IncidentKind? RegistryKind { get; set; }
    public decimal Baseline { get; set; }
    public decimal Target { get; set; }
    public List<ActionProgress> Progress { get; set; } = [];
}

/// <summary>A progress update: what was done, how far, and the indicator's value when it is entered by hand.</summary>
public class ActionProgress
{
    public long Id { get; set; }
    public long ActionItemId { get; set; }
    public DateOnly On { get; set; }
    public int PercentDone { get; set; }
    public decimal? Value { get; set; }
    public string Note { get; set; } = "";
    public string By { get; set; } = "";
}
