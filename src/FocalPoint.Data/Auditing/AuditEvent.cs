namespace FocalPoint.Data.Auditing;

/// <summary>What was done with personal data, in the terms of Directive (EU) 2016/680 art. 25.</summary>
public enum AuditAction
{
    Collect,
    Alter,
    Consult,
    Search,
    Export,
    Disclose,
    Transfer,
    Combine,
    Erase,
    SignIn,
    SignInFailed,
    AccessRefused,
}

/// <summary>
/// One use of personal data. Who, when and from where are filled in by the audit log from the acting user;
/// the caller says what was done, to which records, and why.
/// </summary>
/// <param name="RecordKind">The kind of record touched, e.g. "Person", "Incident".</param>
/// <param name="RecordIds">Ids only, never names or numbers: the log itself must not become a copy of the data.</param>
/// <param name="Purpose">The reason the user gave (required for consultations and searches of persons).</param>
/// <param name="Recipients">Agencies or partners the data went to, for disclosures and transfers.</param>
/// <param name="Detail">Free detail without personal data, e.g. the filter fields used (not their values).</param>
public sealed record AuditEvent(
    AuditAction Action,
    string RecordKind,
    IReadOnlyList<string> RecordIds,
    string? Purpose = null,
    IReadOnlyList<string>? Recipients = null,
    string? Detail = null);

/// <summary>The append-only, hash-chained audit log. A completed call means the entry is durably stored.</summary>
public interface IAuditLog
{
    ValueTask RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
