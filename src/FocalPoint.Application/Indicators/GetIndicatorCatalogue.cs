using FocalPoint.Data;
using FocalPoint.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators;

public sealed record GoalEntry(int Number, string NameEn, string NameSq, string NameSr, bool WordingVerified);

public sealed record KpiEntry(int Number, string NameEn, string NameSq, string NameSr, bool WordingVerified, IReadOnlyList<int> Goals);

public sealed record IndicatorEntry(
    string Id, string NameEn, string NameSq, string NameSr, string Definition, string Formula, string Unit,
    IReadOnlyList<string> Disaggregations, PeriodType PeriodType, string Source, int? Kpi)
{
    // Albanian and Serbian definitions and sources; null in editions published before they existed, which then
    // print the English (an edition keeps the inputs it was made from).
    public string? DefinitionSq { get; init; }
    public string? DefinitionSr { get; init; }
    public string? SourceSq { get; init; }
    public string? SourceSr { get; init; }

    /// <summary>The definition's version (null in editions published before definitions were versioned).</summary>
    public int? Version { get; init; }
}

/// <summary>The stored catalogue: Roadmap goals, KPIs with their goals, and the computed indicators' definitions.</summary>
public sealed record IndicatorCatalogue(IReadOnlyList<GoalEntry> Goals, IReadOnlyList<KpiEntry> Kpis, IReadOnlyList<IndicatorEntry> Indicators)
{
    public IndicatorEntry Indicator(string id) => Indicators.Single(i => i.Id == id);
}

public sealed class GetIndicatorCatalogue(FocalPointDbContext db)
{
    public async Task<IndicatorCatalogue> HandleAsync(CancellationToken cancellationToken = default)
    {
        var goals = await db.RoadmapGoals.AsNoTracking().OrderBy(g => g.Number)
            .Select(g => new GoalEntry(g.Number, g.NameEn, g.NameSq, g.NameSr, g.WordingVerified)).ToListAsync(cancellationToken);
        var kpis = (await db.RoadmapKpis.AsNoTracking().OrderBy(k => k.Number)
            .Select(k => new { k.Number, k.NameEn, k.NameSq, k.NameSr, k.WordingVerified, Goals = k.Goals.Select(l => l.Goal!.Number).ToList() })
            .ToListAsync(cancellationToken))
            .Select(k => new KpiEntry(k.Number, k.NameEn, k.NameSq, k.NameSr, k.WordingVerified, [.. k.Goals.Order()]))
            .ToList();
        var indicators = (await db.IndicatorDefinitions.AsNoTracking().OrderBy(i => i.Order)
            .Select(i => new
            {
                i.Id, i.NameEn, i.NameSq, i.NameSr, i.Definition, i.DefinitionSq, i.DefinitionSr, i.Formula, i.Unit, i.Disaggregations, i.PeriodType,
                i.Source, i.SourceSq, i.SourceSr, Kpi = (int?)i.Kpi!.Number, i.Version,
            })
            .ToListAsync(cancellationToken))
            .Select(i => new IndicatorEntry(
                i.Id, i.NameEn, i.NameSq, i.NameSr, i.Definition, i.Formula, i.Unit,
                i.Disaggregations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), i.PeriodType, i.Source, i.Kpi)
            {
                DefinitionSq = i.DefinitionSq, DefinitionSr = i.DefinitionSr, SourceSq = i.SourceSq, SourceSr = i.SourceSr, Version = i.Version,
            })
            .ToList();
        return new IndicatorCatalogue(goals, kpis, indicators);
    }
}
