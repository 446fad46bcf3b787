using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Application.Community.Referrals;

/// <summary>
/// The door of the seal (ADR 0025). Every referral use case asks it first: a user without <see cref="Capabilities.Referrals"/>
/// is answered as if the referral did not exist (not found, never "forbidden", which would confirm it does) and the
/// attempt is written to the audit log as a refused access, naming what was asked for.
/// </summary>
internal static class ReferralSeal
{
    public const string RecordKind = "Referral";

    public static async Task<bool> AdmitsAsync(UserAccess access, IAuditLog audit, string what, long? id, CancellationToken cancellationToken)
    {
        if (access.Holds(Capabilities.Referrals))
        {
            return true;
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.AccessRefused, RecordKind, id is { } i ? [Id(i)] : [], Detail: "sealed: " + what), cancellationToken);
        return false;
    }

    public static string Id(long id) => $"Referral/{id}";
}
