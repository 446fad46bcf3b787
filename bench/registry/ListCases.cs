using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

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
        // What people type (issue 10 item 4): parts of references, makes, models, calibres, types, places in every script.
        new("text_reference_partial", new IncidentFilter { Text = "00148" }),
        new("text_make_prefix", new IncidentFilter { Text = "Glo" }),
        new("text_make_frequent", new IncidentFilter { Text = "Zastava" }),
        new("text_model", new IncidentFilter { Text = "M70" }),
        new("text_calibre", new IncidentFilter { Text = "7.62x39" }),
        new("text_type", new IncidentFilter { Text = "pistol" }),
        new("text_municipality_sq", new IncidentFilter { Text = "Prishtinë" }),
        new("text_municipality_cyrillic", new IncidentFilter { Text = "Штрпце" }),
        new("text_narrative_prefix", new IncidentFilter { Text = "exam" }),
        new("text_make_and_place", new IncidentFilter { Text = "Glock Prizren" }),
        new("sort_oldest", new IncidentFilter { Sort = IncidentSort.Oldest }),
        new("sort_reference_asc", new IncidentFilter { Sort = IncidentSort.ReferenceAscending }),
        new("sort_reference_desc", new IncidentFilter { Sort = IncidentSort.ReferenceDescending }),
        new("sort_kind_newest", new IncidentFilter { Sort = IncidentSort.KindThenNewest }),
        new("sort_municipality_newest", new IncidentFilter { Sort = IncidentSort.MunicipalityThenNewest }),
    ];

    /// <summary>Serial searches need a serial that is in the data: one of a visible incident's, whole, misread and in part.</summary>
    public static async Task<IReadOnlyList<ListCase>> SerialsAsync(BenchDatabase database)
    {
        await using var db = database.CreateContext();
        var serial = await db.Firearms
            .Where(f => f.SerialAsWritten != null && f.SerialAsWritten == f.SerialNormalised && f.SerialAsWritten.Length >= 7 && f.Incident!.Tlp == Tlp.Clear)
            .OrderBy(f => f.Id).Select(f => f.SerialAsWritten!).FirstAsync();
        return
        [
            new("text_serial", new IncidentFilter { Text = serial }),
            new("text_serial_lookalike", new IncidentFilter { Text = serial.Replace('0', 'O').Replace('1', 'I') }),
            new("text_serial_end", new IncidentFilter { Text = serial[^5..] }),
        ];
    }
}
