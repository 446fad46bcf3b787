using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Products;

/// <summary>The FFP's periodic knowledge products (issue 11 item 4).</summary>
public enum ProductKind
{
    /// <summary>The monthly or quarterly FFP bulletin.</summary>
    Bulletin,

    /// <summary>The annual Western Balkans SALW Roadmap KPI report.</summary>
    Roadmap,
}

/// <summary>The languages a product is written in (English, Albanian, Serbian Latin).</summary>
public enum ProductLanguage
{
    En,
    Sq,
    Sr,
}

/// <summary>
/// The text of a product in one language: headings, paragraphs and placeholders such as <c>{{value:FIREARMS_RECOVERED}}</c>
/// or <c>{{chart:months}}</c>. A template naming a placeholder FocalPoint does not know is refused on save.
/// </summary>
public class ProductTemplate : AuditableEntity
{
    public const int MaxBodyLength = 20_000;

    public ProductKind Kind { get; set; }
    public ProductLanguage Language { get; set; }
    public string Body { get; set; } = "";
}

/// <summary>
/// A published product: immutable (no use case changes it; a correction is a new version) and self-contained. It keeps
/// the inputs it was rendered from (figures, indicator definitions, labels, template, commentary) as JSON, so it can be
/// rendered again identically, and the PDF and XLSX annex as they were published.
/// </summary>
public class PublishedProduct : AuditableEntity
{
    public const int MaxCommentaryLength = 8_000;
    public const int MaxPeriodLength = 10;

    public ProductKind Kind { get; set; }
    public ProductLanguage Language { get; set; }

    /// <summary>The period as written (2024-03, 2024-Q1, 2024).</summary>
    public string Period { get; set; } = "";
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }

    /// <summary>1 for the first publication of this kind, period and language; each republication adds one.</summary>
    public int Edition { get; set; }
    public HandlingCode HandlingCode { get; set; }
    public Tlp Tlp { get; set; }

    /// <summary>The moment the figures were read: later changes to the registry are revisions, not part of this edition.</summary>
    public DateTime DataCutOffUtc { get; set; }
    public string Commentary { get; set; } = "";
    public string InputsJson { get; set; } = "{}";
    public byte[] Pdf { get; set; } = [];
    public byte[] Xlsx { get; set; } = [];
}
