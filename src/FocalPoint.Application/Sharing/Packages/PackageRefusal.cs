namespace FocalPoint.Application.Sharing.Packages;

/// <summary>Why a package was not taken in. Each has a message "Msg_Package{name}" in tools/strings.tsv.</summary>
public enum PackageRefusal
{
    TooLarge,
    NotAPackage,
    UnknownSender,
    SenderKeyRevoked,
    BadSignature,
    Expired,
    NotAddressedToUs,
    Replayed,
    ConditionsForbid,
}

/// <summary>What the key directory knows of a sender key id: nothing, revoked, or valid.</summary>
public sealed record SenderKey(PublicKey? Key, bool Revoked, string? PartnerCode)
{
    public static readonly SenderKey Unknown = new(null, false, null);
}
