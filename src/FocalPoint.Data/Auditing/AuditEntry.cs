namespace FocalPoint.Data.Auditing;

/// <summary>
/// One stored entry of the audit log. Entries form a hash chain: <see cref="Hash"/> covers every field and
/// <see cref="PreviousHash"/>, so altering, removing or reordering any entry breaks the chain from there on.
/// Rows are never updated or deleted (database triggers refuse it).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The position in the chain, from 1 without gaps; also the key.</summary>
    public long Sequence { get; set; }

    /// <summary>When the use happened, UTC, to the microsecond (what PostgreSQL keeps, so that hashes survive a round trip).</summary>
    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = "";
    public string? ClientAddress { get; set; }
    public AuditAction Action { get; set; }
    public string RecordKind { get; set; } = "";

    /// <summary>The record ids, comma-separated ("" when none).</summary>
    public string RecordIds { get; set; } = "";

    public string? Purpose { get; set; }

    /// <summary>Recipients, separated by "; ".</summary>
    public string? Recipients { get; set; }

    public string? Detail { get; set; }

    /// <summary>Hex SHA-256 of the entry before (64 zeros for the first).</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>Hex SHA-256 of this entry's canonical form (see <see cref="AuditHash"/>).</summary>
    public string Hash { get; set; } = "";
}

/// <summary>
/// A signed checkpoint of the chain: the hash of the entry at <see cref="Sequence"/>, with an HMAC under a key
/// the database does not hold. An anchor past the chain's end shows that the tail was cut off; an anchor
/// whose hash differs shows that the chain up to it was rewritten.
/// </summary>
public sealed class AuditAnchor
{
    public long Id { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = "";
    public DateTime AtUtc { get; set; }

    /// <summary>Hex HMAC-SHA-256 of sequence, hash and time (see <see cref="AuditHash.AnchorMac"/>).</summary>
    public string Mac { get; set; } = "";
}
