using FocalPoint.Domain.Common;
using FocalPoint.Domain.Links;

namespace FocalPoint.Domain.Retention;

/// <summary>
/// A decision, at a retention review, to keep a record for another period: who (CreatedBy), when, until when and why.
/// The record leaves the review queue until <see cref="KeepUntil"/>.
/// </summary>
public class RetentionReview : AuditableEntity
{
    public const int MaxJustificationLength = 1000;

    public EntityKind SubjectKind { get; set; }
    public long SubjectId { get; set; }
    public DateOnly KeepUntil { get; set; }
    public string Justification { get; set; } = "";
}
