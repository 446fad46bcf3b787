using FocalPoint.Domain.Reference;

namespace FocalPoint.Domain.Indicators;

/// <summary>
/// One of the seven goals of the Western Balkans SALW Control Roadmap. The wording is stored, not coded: the public
/// copies could not be confirmed word for word (DOMAIN.md 1.2), so an administrator corrects it without a release.
/// </summary>
public class RoadmapGoal : IHasLocalNames
{
    public int Id { get; set; }
    public int Number { get; set; }
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";

    /// <summary>False while the text is a reconstruction waiting for the official wording.</summary>
    public bool WordingVerified { get; set; }
    public List<RoadmapKpiGoal> Kpis { get; set; } = [];
}

/// <summary>A Roadmap key performance indicator; KPIs are cross-cutting, so one serves several goals.</summary>
public class RoadmapKpi : IHasLocalNames
{
    public int Id { get; set; }
    public int Number { get; set; }
    public string NameEn { get; set; } = "";
    public string NameSq { get; set; } = "";
    public string NameSr { get; set; } = "";
    public bool WordingVerified { get; set; }
    public List<RoadmapKpiGoal> Goals { get; set; } = [];
}

/// <summary>The many-to-many link between KPIs and goals, as SEESAC maps projects to both.</summary>
public class RoadmapKpiGoal
{
    public int KpiId { get; set; }
    public RoadmapKpi? Kpi { get; set; }
    public int GoalId { get; set; }
    public RoadmapGoal? Goal { get; set; }
}
