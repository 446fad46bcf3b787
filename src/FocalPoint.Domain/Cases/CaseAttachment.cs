using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Cases;

/// <summary>
/// A document or image of a case: kept outside the database under its SHA-256 (the one attachment store), with the
/// type read from its first bytes; only ever offered as a download to the case's team.
/// </summary>
public class CaseAttachment : AuditableEntity
{
    public const int MaxNameLength = 200;
    public const long MaxBytes = 10L << 20;

    public long CaseId { get; set; }
    public Case? Case { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public string Sha256 { get; set; } = "";
}
