namespace FocalPoint.Data.Jobs;

/// <summary>
/// Who may run a background job now (ADR 0024). One row per job name; a node holds the lease until
/// <see cref="ExpiresAtUtc"/> and renews it while the job runs. Taking the lease over raises <see cref="Token"/>, so a
/// holder that froze and woke up finds its token stale and stops; its writes check the token (fencing).
/// </summary>
public class JobLease
{
    public const int MaxNameLength = 100;
    public const int MaxOwnerLength = 200;

    /// <summary>A stable job name, e.g. "import-area-retention" or "resolution".</summary>
    public string Name { get; set; } = "";

    /// <summary>The node id of the current or last holder; empty when the lease was never held.</summary>
    public string Owner { get; set; } = "";

    /// <summary>The fencing token: one more on every acquisition, never on a renewal.</summary>
    public long Token { get; set; }

    public DateTime AcquiredAtUtc { get; set; }
    public DateTime RenewedAtUtc { get; set; }

    /// <summary>Free for another node from this time; a release sets it to the release time.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>An administrator's "run now": the job is due on any node while this is later than its last start.</summary>
    public DateTime? RunRequestedAtUtc { get; set; }
    public string? RunRequestedBy { get; set; }
}
