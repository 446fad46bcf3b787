using FocalPoint.Application.Common;
using FocalPoint.Application.Sharing.Packages;

namespace FocalPoint.Application.Sharing;

/// <summary>Messages of the cross-border exchange; rows "Msg_{Code}" in tools/strings.tsv.</summary>
public static class SharingMessages
{
    public static readonly MessageTemplate PartnerCode = new("SharePartnerCode", "2 to 32 upper-case letters, digits or dashes, starting with a letter or digit.");
    public static readonly MessageTemplate PartnerExists = new("SharePartnerExists", "A partner with code {0} exists already.");
    public static readonly MessageTemplate KeyUnreadable = new("ShareKeyUnreadable", "Not a public key this format uses: give a P-256 key (signature or encryption) or an RSA key of 2048 bits or more, as base64 DER.");
    public static readonly MessageTemplate KeyTaken = new("ShareKeyTaken", "This key is registered already (key id {0}).");
    public static readonly MessageTemplate GroupCycle = new("ShareGroupCycle", "Group {0} already contains this group: groups may nest but not in a circle.");
    public static readonly MessageTemplate NoRecords = new("ShareNoRecords", "Choose at least one record.");
    public static readonly MessageTemplate NoRecipient = new("ShareNoRecipient", "Choose a partner or a group.");
    public static readonly MessageTemplate KeyNotUsable = new("ShareKeyNotUsable", "{0} has no valid encryption key (expired or revoked): nothing was sent. Register its new key first.");
    public static readonly MessageTemplate ForwardForbidden = new("ShareForwardForbidden", "Record {0} came from {1} under {2}: it may not be passed on without their permission.");
    public static readonly MessageTemplate NeedsApproval = new("ShareNeedsApproval", "H2/H3 or RED records: a commander approves this package before it is sealed.");
    public static readonly MessageTemplate ExportOnePartner = new("ShareExportOnePartner", "A MISP or STIX export is made for one partner (its own redaction): choose a partner, not a group.");
    public static readonly MessageTemplate ExportNeedsApproval = new("ShareExportNeedsApproval", "H2/H3 or RED records need a commander's approval: send them as a package, not as a MISP or STIX export.");
    public static readonly MessageTemplate NotAwaitingApproval = new("ShareNotAwaiting", "This package is not awaiting approval.");
    public static readonly MessageTemplate OwnApproval = new("ShareOwnApproval", "Someone other than the requester approves a package.");

    /// <summary>The refusal of a received package, in words a liaison officer can act on.</summary>
    public static MessageTemplate For(PackageRefusal refusal) => refusal switch
    {
        PackageRefusal.TooLarge => new("PackageTooLarge", "The package is larger than the limit ({0} MB): nothing was stored."),
        PackageRefusal.NotAPackage => new("PackageNotAPackage", "This file is not a valid sharing package (it does not match the published schema): nothing was stored."),
        PackageRefusal.UnknownSender => new("PackageUnknownSender", "The package is signed with a key we do not know: register the partner's key (after comparing its fingerprint by phone) and open it again."),
        PackageRefusal.SenderKeyRevoked => new("PackageSenderKeyRevoked", "The package is signed with a key of {0} that was revoked or has expired: nothing was stored. Ask the partner to send it again with its current key."),
        PackageRefusal.BadSignature => new("PackageBadSignature", "The signature does not match the content: the package was altered or damaged. Nothing was stored."),
        PackageRefusal.Expired => new("PackageExpired", "The package has expired (or is dated in the future): nothing was stored. Ask the partner to send it again."),
        PackageRefusal.NotAddressedToUs => new("PackageNotAddressed", "The package is not addressed to any of our keys: nothing was stored."),
        PackageRefusal.Replayed => new("PackageReplayed", "This package (or its nonce) was taken in already: nothing was stored again."),
        _ => new("PackageConditionsForbid", "Record {0} was passed on to us against its originator's handling code (H2): the package was refused and nothing was stored."),
    };
}
