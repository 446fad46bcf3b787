using FocalPoint.Domain.Common;

namespace FocalPoint.Domain.Products;

/// <summary>
/// A product the schedule has put on the analysts' desk: the monthly bulletin of a period that has just ended, drafted
/// on the first working day after it. It holds no figures: they are gathered under the publishing analyst's
/// need-to-know when the draft is previewed and published, so the edition's data cut-off is the moment of publication.
/// One draft per kind and period, however many nodes run the schedule.
/// </summary>
public class ProductDraft : AuditableEntity
{
    public ProductKind Kind { get; set; }

    /// <summary>The period as a product writes it (2026-11).</summary>
    public string Period { get; set; } = "";

    /// <summary>The working day the draft was due (the first of the month after the period, weekends skipped).</summary>
    public DateOnly DueOn { get; set; }
}
