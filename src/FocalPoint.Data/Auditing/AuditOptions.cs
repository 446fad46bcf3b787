using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Data.Auditing;

/// <summary>
/// Bound from the "Audit" section. There is deliberately no setting that turns the log off or makes it lossy:
/// these only tune batching and anchoring.
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>An anchor is written whenever the chain passes a multiple of this many entries.</summary>
    [Range(1, 10_000_000)]
    public int AnchorEvery { get; set; } = 1000;

    /// <summary>Also anchor when this long has passed since the last anchor, so a quiet system's tail is covered too.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AnchorInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Most entries committed in one transaction.</summary>
    [Range(1, 100_000)]
    public int MaxBatch { get; set; } = 2000;

    /// <summary>Entries waiting beyond this make producers wait (back-pressure instead of unbounded memory).</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>
    /// The secret that signs anchors (at least 32 characters). Every web node and `focalpoint audit verify` must
    /// share it. When unset, a random key is kept in <see cref="AnchorKeyFile"/>: fine for one node, not for several.
    /// </summary>
    [MinLength(32)]
    public string? AnchorKey { get; set; }

    [Required]
    public string AnchorKeyFile { get; set; } = "data/audit-anchor.key";
}
