using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Cyber;

/// <summary>
/// A reported cyber incident. A public report is followed with its tracking code and a secret whose hash alone is
/// kept; an institutional one belongs to the reporting organisation. The legal clocks run from <see cref="DetectedAtUtc"/>.
/// </summary>
public class CyberIncident : AuditableEntity
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxContactLength = 200;
    public const int MaxServiceLength = 200;
    public const int MaxAssigneeLength = 256;
    public const int TrackingCodeLength = 12;

    public string TrackingCode { get; set; } = "";

    /// <summary>SHA-256 of the follow-up secret: the secret is high-entropy, so a fast hash suffices and nothing reversible is kept.</summary>
    public byte[] SecretHash { get; set; } = [];

    /// <summary>Hash of the proof-of-work challenge that admitted a public report; unique, so a solved challenge is spent once.</summary>
    public string? ChallengeHash { get; set; }

    public CyberReporterKind ReporterKind { get; set; }
    public long? OrganisationId { get; set; }
    public CyberOrganisation? Organisation { get; set; }

    public CyberIncidentType Type { get; set; }
    public string Title { get; set; } = "";

    /// <summary>What the reporter wrote, kept as text (markup included: a phishing mail is evidence) and encrypted at rest.</summary>
    public string Description { get; set; } = "";

    /// <summary>How to reach the reporter (name, e-mail or phone), personal data: encrypted at rest, read under audit.</summary>
    public string Contact { get; set; } = "";

    public DateTime DetectedAtUtc { get; set; }
    public DateTime ReceivedAtUtc { get; set; }

    public CyberSector Sector { get; set; }
    public string? ServiceAffected { get; set; }
    public int? UsersAffected { get; set; }
    public bool CrossBorder { get; set; }

    public CyberStatus Status { get; set; }
    public CyberSeverity Severity { get; set; }
    public Tlp Tlp { get; set; } = Tlp.Amber;
    public string? Assignee { get; set; }

    public DateTime? EarlyWarningAtUtc { get; set; }
    public DateTime? NotificationAtUtc { get; set; }
    public DateTime? FinalReportAtUtc { get; set; }

    public List<CyberIndicator> Indicators { get; set; } = [];
    public List<CyberAttachment> Attachments { get; set; } = [];
    public List<CyberNote> Notes { get; set; } = [];
}

/// <summary>A typed indicator of compromise, stored in its canonical form (lower-case hashes and domains, compressed IPv6).</summary>
public class CyberIndicator
{
    public const int MaxValueLength = 2000;

    public long Id { get; set; }
    public long IncidentId { get; set; }
    public CyberIncident? Incident { get; set; }
    public CyberIndicatorType Type { get; set; }
    public string Value { get; set; } = "";
}

/// <summary>A file the reporter attached: kept outside the database under its SHA-256, never served inline.</summary>
public class CyberAttachment
{
    public const int MaxNameLength = 200;

    public long Id { get; set; }
    public long IncidentId { get; set; }
    public CyberIncident? Incident { get; set; }
    public string FileName { get; set; } = "";

    /// <summary>The type read from the file's first bytes, not the one the browser claimed.</summary>
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
}

/// <summary>A working note of the cyber unit on an incident.</summary>
public class CyberNote
{
    public const int MaxTextLength = 2000;

    public long Id { get; set; }
    public long IncidentId { get; set; }
    public CyberIncident? Incident { get; set; }
    public string Author { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A registered organisation that reports incidents; its reporters are the accounts listed as members.</summary>
public class CyberOrganisation
{
    public const int MaxNameLength = 200;

    public long Id { get; set; }
    public string Name { get; set; } = "";
    public CyberSector Sector { get; set; }
    public List<CyberOrganisationMember> Members { get; set; } = [];
}

public class CyberOrganisationMember
{
    public long OrganisationId { get; set; }
    public CyberOrganisation? Organisation { get; set; }
    public string UserName { get; set; } = "";
}
