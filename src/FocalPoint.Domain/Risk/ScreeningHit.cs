namespace FocalPoint.Domain.Risk;

/// <summary>What the border officer did with a selected crossing.</summary>
public enum HitOutcome
{
    /// <summary>Not yet handled.</summary>
    Pending,
    /// <summary>Checked; firearms, parts, ammunition or explosives found.</summary>
    Found,
    /// <summary>Checked; nothing found.</summary>
    NotFound,
    /// <summary>Not checked; the note says why.</summary>
    NotChecked,
}

/// <summary>
/// A crossing selected by screening, queued at its crossing point as advice for the officer: the profiles reached,
/// the reasons, whether a watch-list entry matched, whether it was a random control draw, and the outcome.
/// No traveller's name is stored here: the reasons are written without them.
/// </summary>
public class ScreeningHit
{
    public const int MaxTextLength = 8_000;

    public long Id { get; set; }
    public string RunId { get; set; } = "";
    public string CrossingId { get; set; } = "";
    public string CrossingPoint { get; set; } = "";
    public DateTime CrossedAtUtc { get; set; }
    public string Direction { get; set; } = "";
    public string Plate { get; set; } = "";
    public bool RiskHit { get; set; }
    public bool ControlCheck { get; set; }

    /// <summary>Watch-list matches as "field ~ entity (similarity)"; the entity's incidents are never named.</summary>
    public string WatchMatches { get; set; } = "";

    /// <summary>Fired indicators in words, one per line: "S1/v1: returned the same day (+2): explanation".</summary>
    public string Reasons { get; set; } = "";
    public HitOutcome Outcome { get; set; }
    public string? OutcomeNote { get; set; }
    public string? OutcomeBy { get; set; }
    public DateTime? OutcomeAtUtc { get; set; }
    public List<ScreeningHitProfile> Profiles { get; set; } = [];
}

/// <summary>A profile version a hit reached, with the score, so each version's hit rate and precision can be counted.</summary>
public class ScreeningHitProfile
{
    public long HitId { get; set; }
    public long ProfileVersionId { get; set; }
    public RiskProfileVersion? ProfileVersion { get; set; }
    public double Score { get; set; }
}

/// <summary>One screening run: when, how many records, which profile versions.</summary>
public class ScreeningRunRecord
{
    public string Id { get; set; } = "";
    public DateTime StartedAtUtc { get; set; }
    public string StartedBy { get; set; } = "";
    public long Records { get; set; }
    public long RiskHits { get; set; }
    public long ControlChecks { get; set; }
    public long RowErrors { get; set; }

    /// <summary>"S1/v1, S2/v1": the versions the run screened with, fixed when it started.</summary>
    public string ProfileVersions { get; set; } = "";
}

/// <summary>How many crossings a run screened at one crossing point: the traffic volume an assessment is offered.</summary>
public class ScreeningRunPoint
{
    public string RunId { get; set; } = "";
    public string CrossingPoint { get; set; } = "";
    public DateTime StartedAtUtc { get; set; }
    public long Records { get; set; }
}
