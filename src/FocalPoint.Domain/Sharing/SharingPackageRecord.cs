using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Sharing;

public enum PackageDirection
{
    Sent,
    Received,
}

public enum PackageStatus
{
    AwaitingApproval,
    Sent,
    Received,
    Acknowledged,

    /// <summary>A commander refused to release it: the sealed bytes stay in the ledger but never leave.</summary>
    Refused,
}

/// <summary>
/// The ledger of packages: one row per package sent to or received from a partner. It answers "what went to whom
/// under which conditions", holds the sealed bytes of a sent package, and its package id and nonce stop replays.
/// </summary>
public class SharingPackageRecord : AuditableEntity
{
    public const int MaxPurposeLength = 500;
    public const int MaxReasonLength = 500;

    public Guid PackageId { get; set; }
    public string Nonce { get; set; } = "";
    public PackageDirection Direction { get; set; }
    public long PartnerId { get; set; }
    public SharingPartner? Partner { get; set; }
    public PackageStatus Status { get; set; }
    public string Kind { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string Handling { get; set; } = "";
    public string Tlp { get; set; } = "";
    public int RecordCount { get; set; }
    public int SizeBytes { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public string? RequestedBy { get; set; }
    public string? ApprovedBy { get; set; }

    /// <summary>Why the commander refused to release the package (shown to the requester in the ledger).</summary>
    public string? RefusalReason { get; set; }
    public DateTime? AcknowledgedAtUtc { get; set; }

    /// <summary>The selection awaiting approval (record keys, one a line), so the approver seals exactly what was previewed.</summary>
    public string? Selection { get; set; }

    /// <summary>The sealed package, for the liaison officer to hand over on the partner's channel.</summary>
    public byte[]? Content { get; set; }

    public List<ReceivedRecord> Records { get; set; } = [];
}

/// <summary>A record taken in from a partner's package, with the partner's conditions and what it was joined to here.</summary>
public class ReceivedRecord
{
    public long Id { get; set; }
    public long PackageRecordId { get; set; }
    public SharingPackageRecord? Package { get; set; }
    public string Type { get; set; } = "";
    public string PartnerRef { get; set; } = "";
    public string Handling { get; set; } = "";
    public string Tlp { get; set; } = "";
    public string SourceGrade { get; set; } = "";
    public string InformationGrade { get; set; } = "";
    public string Purpose { get; set; } = "";

    /// <summary>The fields as received (JSON), encrypted at rest like other narratives: they may name persons.</summary>
    public string Fields { get; set; } = "";

    /// <summary>The typed identifier correlation ran on (e.g. the normalised serial), empty when none.</summary>
    public string? Identifier { get; set; }
    public long? FirearmId { get; set; }
    public long? PersonId { get; set; }
    public string? Match { get; set; }

    /// <summary>H2 and H3 records may not be passed on without the provider's permission: the exporter refuses them.</summary>
    public bool ForwardingForbidden => Handling is "H2" or "H3";
}
