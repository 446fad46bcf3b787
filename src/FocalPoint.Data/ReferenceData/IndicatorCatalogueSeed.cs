using FocalPoint.Domain.Indicators;

namespace FocalPoint.Data.ReferenceData;

/// <summary>The indicator catalogue seeded with FocalPoint: Roadmap goals, KPIs and their links, and the computed indicators.</summary>
public sealed record IndicatorCatalogueSeed(
    IReadOnlyList<RoadmapGoal> Goals,
    IReadOnlyList<RoadmapKpi> Kpis,
    IReadOnlyList<RoadmapKpiGoal> KpiGoals,
    IReadOnlyList<IndicatorDefinition> Indicators)
{
    public static IndicatorCatalogueSeed Load() => new(
        ReferenceDataCatalog.Read("roadmap_goals.csv", r => new RoadmapGoal
        {
            Id = r.Parse<int>("Id"),
            Number = r.Parse<int>("Number"),
            NameEn = r.GetString("NameEn"),
            NameSq = r.GetString("NameSq"),
            NameSr = r.GetString("NameSr"),
            WordingVerified = r.Parse<bool>("WordingVerified"),
        }),
        ReferenceDataCatalog.Read("roadmap_kpis.csv", r => new RoadmapKpi
        {
            Id = r.Parse<int>("Id"),
            Number = r.Parse<int>("Number"),
            NameEn = r.GetString("NameEn"),
            NameSq = r.GetString("NameSq"),
            NameSr = r.GetString("NameSr"),
            WordingVerified = r.Parse<bool>("WordingVerified"),
        }),
        ReferenceDataCatalog.Read("roadmap_kpi_goals.csv", r => new RoadmapKpiGoal { KpiId = r.Parse<int>("KpiId"), GoalId = r.Parse<int>("GoalId") }),
        ReferenceDataCatalog.Read("indicators.csv", r => new IndicatorDefinition
        {
            Id = r.GetString("Id"),
            Order = r.Parse<int>("Order"),
            NameEn = r.GetString("NameEn"),
            NameSq = r.GetString("NameSq"),
            NameSr = r.GetString("NameSr"),
            Definition = r.GetString("Definition"),
            DefinitionSq = r.GetString("DefinitionSq"),
            DefinitionSr = r.GetString("DefinitionSr"),
            Formula = r.GetString("Formula"),
            Unit = r.GetString("Unit"),
            Disaggregations = r.GetString("Disaggregations"),
            PeriodType = Enum.Parse<PeriodType>(r.GetString("PeriodType"), ignoreCase: false),
            Source = r.GetString("Source"),
            SourceSq = r.GetString("SourceSq"),
            SourceSr = r.GetString("SourceSr"),
            KpiId = string.IsNullOrWhiteSpace(r.GetString("KpiId")) ? null : r.Parse<int>("KpiId"),
        }));
}
