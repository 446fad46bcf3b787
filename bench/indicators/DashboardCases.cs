using FocalPoint.Application.Indicators;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Bench.Indicators;

/// <summary>A scope the dashboard page issues: the year, and each filter the page offers, alone and combined.</summary>
internal sealed record DashboardCase(string Name, IndicatorScope Scope);

internal static class DashboardCases
{
    public static readonly IReadOnlyList<DashboardCase> All =
    [
        new("year", IndicatorScope.Year(2023)),
        new("directorate", IndicatorScope.Year(2023) with { DirectorateId = 1 }),
        new("municipality", IndicatorScope.Year(2023) with { MunicipalityId = 1 }),
        new("kind", IndicatorScope.Year(2023) with { Kind = IncidentKind.Seizure }),
        new("type", IndicatorScope.Year(2023) with { FirearmTypeId = 1 }),
        new("month", IndicatorScope.Month(2023, 12)),
        new("directorate_kind", IndicatorScope.Year(2023) with { DirectorateId = 1, Kind = IncidentKind.CelebratoryShooting }),
    ];
}
