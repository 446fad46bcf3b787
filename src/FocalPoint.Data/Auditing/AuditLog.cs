namespace FocalPoint.Data.Auditing;

/// <summary>
/// The <see cref="IAuditLog"/> of one scope (request, page action, CLI run): stamps the acting user, their address
/// and the time, then hands the entry to the <see cref="AuditWriter"/> and waits until it is stored.
/// </summary>
public sealed class AuditLog(AuditWriter writer, ICurrentUser user, TimeProvider time) : IAuditLog
{
    public ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) =>
        writer.AppendAsync(AuditDraft.From(auditEvent, user.UserName, user.ClientAddress, time.GetUtcNow()), cancellationToken);
}
