using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Resolution;

public enum ReviewState
{
    Pending,
    Accepted,
    Rejected,

    /// <summary>Made moot by another decision or a run: its two records already belong to one entity (see ClosedReason).</summary>
    Closed,
}

/// <summary>Why a pair was closed without a decision of its own; the UI translates the code.</summary>
public static class ReviewClosure
{
    public const int MaxLength = 64;

    /// <summary>The two records ended in one entity through a decision on another pair, a merge or a run.</summary>
    public const string SameEntity = "SameEntity";
}

/// <summary>
/// Two records whose match probability fell in the band of doubt, queued for an analyst. The explanation is the
/// engine's per-field waterfall at the time of the run, kept as JSON so the reviewer sees what the model saw.
/// </summary>
public class ReviewPair : AuditableEntity
{
    public const int MaxExplanationLength = 16_000;

    public ResolvedKind Kind { get; set; }

    /// <summary>The smaller record id of the two.</summary>
    public long LeftRecordId { get; set; }
    public long RightRecordId { get; set; }
    public double Probability { get; set; }
    public double MatchWeight { get; set; }
    public string ExplanationJson { get; set; } = "";
    public ReviewState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public long? RunId { get; set; }

    /// <summary>A <see cref="ReviewClosure"/> code when <see cref="State"/> is Closed.</summary>
    public string? ClosedReason { get; set; }
}

public enum LabelSource
{
    Review,
    Merge,
    Split,
}

/// <summary>
/// A human decision about two records, the same entity or not: training data for the model, and a rule for every later
/// run (a rejected pair is never joined automatically). Left is the smaller record id.
/// </summary>
public class MatchLabel : AuditableEntity
{
    public ResolvedKind Kind { get; set; }
    public long LeftRecordId { get; set; }
    public long RightRecordId { get; set; }
    public bool IsMatch { get; set; }
    public LabelSource Source { get; set; }
}
