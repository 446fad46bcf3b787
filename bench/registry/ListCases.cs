using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Bench.Registry;

/// <summary>One measured first page: a name for the output line and the filter the list screen would send.</summary>
internal sealed record ListCase(string Name, IncidentFilter Filter);

internal static class ListCases
{
    /// <summary>Pistol in reference data (firearm_types.csv).</summary>
    private const int Pistol = 1;

    /// <summary>Pristina: directorate 1 and its municipality 1, the largest of each.</summary>
    private const int Pristina = 1;

    public static IReadOnlyList<ListCase> All { get; } =
    [
        new("no_filter", new IncidentFilter()),
        new("date_range", new IncidentFilter { From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) }),
        new("kind_seizure", new IncidentFilter { Kind = IncidentKind.Seizure }),
        new("kind_suicide", new IncidentFilter { Kind = IncidentKind.Suicide }),
        new("directorate", new IncidentFilter { DirectorateId = Pristina }),
        new("municipality", new IncidentFilter { MunicipalityId = Pristina }),
        new("weapon_pistol", new IncidentFilter { FirearmTypeId = Pistol }),

        // Narratives.cs: "firearm" is in most narratives; "examination" only in suicide ones.
        new("text_frequent", new IncidentFilter { Text = "firearm" }),
        new("text_rare", new IncidentFilter { Text = "examination" }),
        new("text_reference", new IncidentFilter { Text = "FP-2021-000777" }),
        new("sort_oldest", new IncidentFilter { Sort = IncidentSort.Oldest }),
        new("sort_reference_asc", new IncidentFilter { Sort = IncidentSort.ReferenceAscending }),
        new("sort_reference_desc", new IncidentFilter { Sort = IncidentSort.ReferenceDescending }),
        new("sort_kind_newest", new IncidentFilter { Sort = IncidentSort.KindThenNewest }),
        new("sort_municipality_newest", new IncidentFilter { Sort = IncidentSort.MunicipalityThenNewest }),
    ];
}
