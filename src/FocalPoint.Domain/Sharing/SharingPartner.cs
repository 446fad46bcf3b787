using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Sharing;

/// <summary>
/// A partner organisation we exchange packages with (another FocalPoint, a neighbour's police, a liaison channel).
/// The redaction rule lives here because it belongs to the recipient: what this partner may never receive.
/// </summary>
public class SharingPartner : AuditableEntity
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;
    public const int MaxContactLength = 300;
    public const int MaxListLength = 200;

    /// <summary>The code written into payloads (e.g. "MK-MOI"); upper-case letters, digits and dashes.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string CountryCode { get; set; } = "";

    /// <summary>Whom to call, e.g. to compare a key fingerprint before trusting it.</summary>
    public string? ContactPoint { get; set; }

    /// <summary>Comma-separated language tags the partner reads (e.g. "mk,en").</summary>
    public string Languages { get; set; } = "";

    /// <summary>Comma-separated channels the partner accepts (e.g. "package,siena").</summary>
    public string Channels { get; set; } = "";

    /// <summary>Whether names, birth dates and personal numbers may go to this partner; otherwise persons leave as references.</summary>
    public bool PersonsAllowed { get; set; }

    /// <summary>Comma-separated field names this partner never receives (e.g. "personalNumber,narrative").</summary>
    public string NeverSend { get; set; } = "";

    public List<PartnerKey> Keys { get; set; } = [];
}

public enum SharingKeyUse
{
    Signature,
    Encryption,
}

/// <summary>A public key of a partner. A key is usable from ValidFrom until it expires or is revoked.</summary>
public class PartnerKey
{
    public long Id { get; set; }
    public long PartnerId { get; set; }
    public SharingPartner? Partner { get; set; }
    public SharingKeyUse Use { get; set; }
    public string Algorithm { get; set; } = "";
    public string KeyId { get; set; } = "";
    public byte[] PublicKey { get; set; } = [];
    public DateTime ValidFromUtc { get; set; }
    public DateTime? ValidUntilUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }

    public bool UsableAt(DateTime utc) => RevokedAtUtc is null && ValidFromUtc <= utc && (ValidUntilUtc is null || utc < ValidUntilUtc);
}

/// <summary>One of our own key pairs. The private key is kept encrypted by the data-protection key ring (ADR 0027).</summary>
public class OwnSharingKey
{
    public long Id { get; set; }
    public SharingKeyUse Use { get; set; }
    public string Algorithm { get; set; } = "";
    public string KeyId { get; set; } = "";
    public byte[] PublicKey { get; set; } = [];
    /// <summary>PKCS#8, base64; encrypted at rest by the field protection (the key ring), never leaves the process in clear.</summary>
    public string PrivateKey { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set on rotation: no longer signs or is offered, but still opens packages sealed for it.</summary>
    public DateTime? RetiredAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
}
