using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Application.Community.Safety;

/// <summary>
/// What every community-safety use case does first and last: asks the one access rule (pages and the API group ask it
/// too; this is the use case's own check) and writes each change to the audit log by id (ADR 0008).
/// </summary>
internal static class SafetyAccess
{
    public const string AuditKind = "SafetyAudit";
    public const string MeetingKind = "CouncilMeeting";

    public static bool Admits(UserAccess access) => access.Holds(Capabilities.CommunitySafety);

    public static string AuditId(long id) => $"SafetyAudit/{id}";

    public static string MeetingId(long id) => $"CouncilMeeting/{id}";

    public static ValueTask ChangedAsync(IAuditLog audit, long auditId, string what, CancellationToken cancellationToken, AuditAction action = AuditAction.Alter) =>
        audit.RecordAsync(new AuditEvent(action, AuditKind, [AuditId(auditId)], Detail: what), cancellationToken);

    public static ValueTask MeetingChangedAsync(IAuditLog audit, long meetingId, string what, CancellationToken cancellationToken, AuditAction action = AuditAction.Alter) =>
        audit.RecordAsync(new AuditEvent(action, MeetingKind, [MeetingId(meetingId)], Detail: what), cancellationToken);
}
