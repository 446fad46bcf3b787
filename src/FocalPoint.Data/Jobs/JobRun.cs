namespace FocalPoint.Data.Jobs;

/// <summary>How a job run ended.</summary>
public enum JobOutcome
{
    /// <summary>Still running, or its node died before it could say (the lease expiry tells which).</summary>
    Running,
    Succeeded,
    Failed,

    /// <summary>The node shut down or the run was cancelled; a run is all-or-nothing, so nothing of it stays.</summary>
    Cancelled,

    /// <summary>Another node took the lease over (this node froze or lost the database); the run stopped.</summary>
    LeaseLost,
}

/// <summary>One run of a background job on one node, for the administrators' page and for "is it due".</summary>
public class JobRun
{
    public const int MaxDetailLength = 1000;

    public long Id { get; set; }
    public string JobName { get; set; } = "";
    public string Node { get; set; } = "";

    /// <summary>The lease token the run held.</summary>
    public long Token { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public JobOutcome Outcome { get; set; }

    /// <summary>How many things the run handled (rows purged, records resolved...).</summary>
    public long Items { get; set; }

    /// <summary>What the run did or why it failed, without personal data.</summary>
    public string? Detail { get; set; }
}
