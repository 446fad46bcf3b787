using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Indicators;

public enum PeriodType
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A computed indicator as the catalogue describes it to readers of a product: what it counts, how, in which unit and
/// broken down by what. The computation itself is code (Application/Indicators); this row is its published definition,
/// seeded with FocalPoint and editable by an administrator.
/// </summary>
public class IndicatorDefinition : IHasLocalNames
{
    public const int MaxIdLength = 40;
    public const int MaxTextLength = 1000;

    /// <summary>Stable code such as FIREARMS_RECOVERED; the computation is looked up by it.</summary>
    public string Id { get; set; } = "";
    public int Order { get; set; }
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
    public string Definition { get; set; } = "";
    public string DefinitionSq { get; set; } = "";
    public string DefinitionSr { get; set; } = "";
    public string Formula { get; set; } = "";
    public string Unit { get; set; } = "";

    /// <summary>The dimensions a value is broken down by, comma-separated (e.g. "recovery,type,directorate").</summary>
    public string Disaggregations { get; set; } = "";
    public PeriodType PeriodType { get; set; }
    public string Source { get; set; } = "";
    public string SourceSq { get; set; } = "";
    public string SourceSr { get; set; } = "";

    /// <summary>The Roadmap KPI this indicator reports on, when it reports on one.</summary>
    public int? KpiId { get; set; }
    public RoadmapKpi? Kpi { get; set; }

    /// <summary>
    /// The definition's version, 1 as seeded: every change an administrator saves makes the next version (kept in
    /// <see cref="IndicatorDefinitionVersion"/>), and products record the version they were published with.
    /// Also the concurrency token: two administrators saving the same version, the second is refused.
    /// </summary>
    public int Version { get; set; } = 1;
}
