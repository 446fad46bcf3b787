using FocalPoint.Domain.Indicators;

namespace FocalPoint.Application.Indicators.Catalogue;

/// <summary>What an administrator may change in an indicator's definition (the id is fixed: the computation is found by it).</summary>
public sealed class IndicatorDefinitionInput
{
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
    public string Definition { get; set; } = "";
    public string DefinitionSq { get; set; } = "";
    public string DefinitionSr { get; set; } = "";
    public string Formula { get; set; } = "";
    public string Unit { get; set; } = "";

    /// <summary>Comma-separated dimension names, as <see cref="Dimensions"/> spells them.</summary>
    public string Disaggregations { get; set; } = "";
    public PeriodType PeriodType { get; set; }
    public string Source { get; set; } = "";
    public string SourceSq { get; set; } = "";
    public string SourceSr { get; set; } = "";

    /// <summary>The Roadmap KPI's number (not its row id), or null.</summary>
    public int? Kpi { get; set; }

    /// <summary>Why the definition changes; kept with the new version.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The version the administrator started from: a save over a newer one is refused as a conflict.</summary>
    public int ExpectedVersion { get; set; }

    public static IndicatorDefinitionInput From(IndicatorDefinition d, int? kpiNumber) => new()
    {
        NameEn = d.NameEn, NameSq = d.NameSq, NameSr = d.NameSr, Definition = d.Definition, DefinitionSq = d.DefinitionSq,
        DefinitionSr = d.DefinitionSr, Formula = d.Formula, Unit = d.Unit, Disaggregations = d.Disaggregations, PeriodType = d.PeriodType,
        Source = d.Source, SourceSq = d.SourceSq, SourceSr = d.SourceSr, Kpi = kpiNumber, ExpectedVersion = d.Version,
    };
}
