using FocalPoint.Domain.Common;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Indicators;

/// <summary>
/// One version of an indicator's published definition, as it stood from the moment it was saved: never changed
/// afterwards. The row of <see cref="IndicatorDefinition"/> is the version in force; these rows are its history, with
/// who saved each version, when (the audit stamps) and why.
/// </summary>
public class IndicatorDefinitionVersion : AuditableEntity, IHasLocalNames
{
    public const int MaxReasonLength = 500;

    public string IndicatorId { get; set; } = "";
    public int Number { get; set; }
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
    public string Definition { get; set; } = "";
    public string DefinitionSq { get; set; } = "";
    public string DefinitionSr { get; set; } = "";
    public string Formula { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Disaggregations { get; set; } = "";
    public PeriodType PeriodType { get; set; }
    public string Source { get; set; } = "";
    public string SourceSq { get; set; } = "";
    public string SourceSr { get; set; } = "";
    public int? KpiId { get; set; }

    /// <summary>Why the definition changed, in the administrator's words; empty for the version as first seeded.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The definition as it stands now, as a version that will not change.</summary>
    public static IndicatorDefinitionVersion Of(IndicatorDefinition d, string reason) => new()
    {
        IndicatorId = d.Id, Number = d.Version, NameEn = d.NameEn, NameSq = d.NameSq, NameSr = d.NameSr, Definition = d.Definition,
        DefinitionSq = d.DefinitionSq, DefinitionSr = d.DefinitionSr, Formula = d.Formula, Unit = d.Unit, Disaggregations = d.Disaggregations,
        PeriodType = d.PeriodType, Source = d.Source, SourceSq = d.SourceSq, SourceSr = d.SourceSr, KpiId = d.KpiId, Reason = reason,
    };

    /// <summary>Whether two versions say the same thing (reason, number and stamps aside).</summary>
    public bool SameTextAs(IndicatorDefinitionVersion b) =>
        (NameEn, NameSq, NameSr, Definition, DefinitionSq, DefinitionSr, Formula, Unit, Disaggregations, PeriodType, Source, SourceSq, SourceSr, KpiId)
        == (b.NameEn, b.NameSq, b.NameSr, b.Definition, b.DefinitionSq, b.DefinitionSr, b.Formula, b.Unit, b.Disaggregations, b.PeriodType, b.Source, b.SourceSq, b.SourceSr, b.KpiId);
}
