namespace FocalPoint.Data.Auditing;

/// <summary>What kind of tampering a problem shows.</summary>
public enum AuditProblemKind
{
    /// <summary>An entry's fields no longer match its hash, or it was rewritten with a new hash.</summary>
    Altered,

    /// <summary>Entries are missing from the sequence.</summary>
    Removed,

    /// <summary>An entry stands at a place it was not written at.</summary>
    Reordered,

    /// <summary>An anchor points past the chain's end: the tail was cut off.</summary>
    Truncated,

    /// <summary>An anchor's signature or hash does not match: anchors forged, or the chain rewritten up to it.</summary>
    AnchorMismatch,
}

/// <summary>The first problem in sequence order; <see cref="Sequence"/> is the first entry affected.</summary>
public sealed record AuditProblem(AuditProblemKind Kind, long Sequence, string Message);

/// <summary>The outcome of walking the chain.</summary>
/// <param name="AnchorSignaturesChecked">False when no anchor key was available: positions and hashes were still checked.</param>
public sealed record AuditVerification(long EntriesChecked, long AnchorsChecked, long LastSequence, bool AnchorSignaturesChecked, AuditProblem? FirstProblem)
{
    public bool Intact => FirstProblem is null;
}
