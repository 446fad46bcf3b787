namespace FocalPoint.Application.Sharing.Sending;

/// <summary>What the liaison officer chose: the records (see <see cref="RecordKey"/>), for a partner or a group, and why.</summary>
public sealed class SendInput
{
    public long? PartnerId { get; set; }
    public long? GroupId { get; set; }
    public string? Purpose { get; set; }
    public List<string> Records { get; set; } = [];
}

/// <summary>One partner's share of a send: exactly the records that would leave, and whether a commander must approve first.</summary>
public sealed record PartnerPackage(long PartnerId, string PartnerCode, string PartnerName, IReadOnlyList<Packages.SharedRecord> Records, IReadOnlyList<string> SharedWith, bool NeedsApproval)
{
    public static bool Restricted(Packages.SharedRecord r) => r.Handling is "H2" or "H3" || r.Tlp == "RED";
}
