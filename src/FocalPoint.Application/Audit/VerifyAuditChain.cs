using FocalPoint.Application.Security;
using FocalPoint.Data.Auditing;

namespace FocalPoint.Application.Audit;

/// <summary>
/// The auditor's tamper check from the web: the same <see cref="AuditVerifier"/> walk as `focalpoint audit verify`,
/// with the node's anchor key. Running it is itself recorded, with its outcome.
/// </summary>
public sealed class VerifyAuditChain(AuditVerifier verifier, IAuditLog audit, IAccessContext accessContext)
{
    public async Task<AuditVerification?> HandleAsync(CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.Audit))
        {
            return null;
        }

        var result = await verifier.VerifyAsync(cancellationToken);
        var outcome = result.FirstProblem is { } problem ? $"{problem.Kind} at {problem.Sequence}" : "intact";
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, SearchAuditLog.RecordKind, [],
            Detail: $"chain verification: {result.EntriesChecked} entries, {result.AnchorsChecked} anchors, {outcome}"), cancellationToken);
        return result;
    }
}
