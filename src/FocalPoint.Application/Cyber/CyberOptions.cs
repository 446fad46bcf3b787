using System.ComponentModel.DataAnnotations;

namespace FocalPoint.Application.Cyber;

/// <summary>Bound from the "Cyber" section: the public form's abuse controls and where attachments are kept.</summary>
public sealed class CyberOptions
{
    public const string Section = "Cyber";

    /// <summary>Leading zero bits the proof of work must reach: 16 takes a browser well under a second, a flood of a thousand reports minutes of CPU.</summary>
    [Range(0, 28)]
    public int ProofOfWorkBits { get; set; } = 16;

    /// <summary>How long a challenge may be solved and spent.</summary>
    [Range(1, 1440)]
    public int ChallengeMinutes { get; set; } = 30;

    /// <summary>Public reports (and follow-up attempts) accepted per client address per minute.</summary>
    [Range(1, 100_000)]
    public int PublicPermitsPerMinute { get; set; } = 5;

    /// <summary>
    /// A request header trusted to name the client instead of the connection's address, for the load benchmark that
    /// sends from many identities on loopback, or behind a reverse proxy that sets it. Empty (the default): never
    /// trusted, since any caller could set it and escape its limit.
    /// </summary>
    public string TrustedClientHeader { get; set; } = "";

    [Range(1, 100L << 20)]
    public long MaxAttachmentBytes { get; set; } = 5L << 20;

    [Range(0, 10)]
    public int MaxAttachments { get; set; } = 3;

    [Range(0, 100)]
    public int MaxIndicators { get; set; } = 50;

    /// <summary>Where attachments are kept, each under its SHA-256; outside the web root.</summary>
    [Required]
    public string AttachmentDirectory { get; set; } = "data/cyber-attachments";
}
