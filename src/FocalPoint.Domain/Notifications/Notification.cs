namespace FocalPoint.Domain.Notifications;

/// <summary>Why a user is told something; the page names each kind in the reader's language.</summary>
public enum NotificationKind
{
    TaskAssigned,
    Mentioned,
    StolenHit,
    TraceAnswered,
    BallisticLeadProposed,
    BallisticLeadConfirmed,
    BallisticLeadRefuted,
}

/// <summary>The kind of record a notification opens; the link is built from it and the record's id.</summary>
public enum NotificationTarget
{
    Case,
    Incident,
    Firearm,
    Trace,
    Ballistics,
}

/// <summary>
/// One message in a user's in-app inbox. It carries no personal data: a kind, a reference (case, incident, trace or
/// laboratory number) and the record it opens, whose page applies need-to-know again when the reader opens it.
/// </summary>
public class Notification
{
    public const int MaxSubjectLength = 60;

    public long Id { get; set; }

    /// <summary>The user name of the account told.</summary>
    public string Recipient { get; set; } = "";
    public NotificationKind Kind { get; set; }
    public NotificationTarget Target { get; set; }
    public long TargetId { get; set; }

    /// <summary>A reference, never a name: "CASE-2026-0003", "#12", a laboratory number.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The user name of whoever caused it (an officer's account, as case history shows it).</summary>
    public string? Actor { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
