using System.Globalization;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>Incidents by kind, place, month and weapon type; and the share of misuse incidents with illegally held arms.</summary>
internal static class IncidentCounts
{
    /// <summary>Kinds where a weapon was used against people or to threaten them (AVMP's misuse categories).</summary>
    public static readonly IReadOnlyList<IncidentKind> MisuseKinds =
        [IncidentKind.ShootingOrMisuse, IncidentKind.CelebratoryShooting, IncidentKind.DomesticViolence, IncidentKind.ThreatWithWeapon];

    /// <summary>The incidents figure, and how many incidents the scope holds whoever may see them (more: the figures are partial).</summary>
    public static async Task<(IndicatorValue Value, int InScope)> IncidentsAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var rows = await IncidentAggregation.ReadAsync(context, cancellationToken);
        var groups = rows.Where(r => r.Type is null && r.Visible > 0).ToList();
        var parts = new List<IndicatorPart>();
        parts.AddRange(Sum(groups.Select(g => (g.Kind!.Value.ToString(), g.Visible)), Dimensions.Kind));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.DirectorateId), g.Visible)), Dimensions.Directorate));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.MunicipalityId), g.Visible)), Dimensions.Municipality));
        parts.AddRange(Sum(groups.Select(g => (string.Create(CultureInfo.InvariantCulture, $"{g.Month / 100:0000}-{g.Month % 100:00}"), g.Visible)), Dimensions.Month));
        parts.AddRange(rows.Where(r => r.Type is not null).OrderBy(r => r.Type).Select(r => new IndicatorPart(Dimensions.Type, Id(r.Type!.Value), r.Visible)));
        return (new IndicatorValue(IndicatorIds.Incidents, groups.Sum(g => g.Visible), parts), rows.Where(r => r.Type is null).Sum(r => r.All));
    }

    public static async Task<IndicatorValue> MisuseIllegalShareAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var kinds = MisuseKinds.ToList();
        var illegal = new[] { FirearmLegalStatus.Unregistered, FirearmLegalStatus.ReportedLostOrStolen }.ToList();
        var groups = await context.Incidents
            .Where(i => kinds.Contains(i.Kind))
            .GroupBy(i => new { i.Kind, Illegal = context.Db.Firearms.Any(f => f.IncidentId == i.Id && illegal.Contains(f.LegalStatus)) })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var numerator = groups.Where(g => g.Key.Illegal).Sum(g => g.Count);
        var denominator = groups.Sum(g => g.Count);
        var parts = new List<IndicatorPart> { new(Dimensions.Part, "numerator", numerator), new(Dimensions.Part, "denominator", denominator) };
        parts.AddRange(Sum(groups.Where(g => g.Key.Illegal).Select(g => (g.Key.Kind.ToString(), g.Count)), Dimensions.Kind));
        return new IndicatorValue(IndicatorIds.MisuseIllegalShare, Ratio(numerator, denominator), parts);
    }

    internal static decimal? Ratio(int numerator, int denominator) =>
        denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4, MidpointRounding.AwayFromZero);

    internal static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A municipality or directorate id; null (an incident abroad) yields no part, so that part lists hold only places in Kosovo.</summary>
    internal static string? Id(int? id) => id is { } value ? Id(value) : null;

    /// <summary>Parts by a place dimension: rows without a key (incidents abroad have no municipality) are left out.</summary>
    internal static IEnumerable<IndicatorPart> SumPlaces(IEnumerable<(string? Key, int Count)> rows, string dimension) =>
        Sum(rows.Where(r => r.Key is not null).Select(r => (r.Key!, r.Count)), dimension);

    internal static IEnumerable<IndicatorPart> Sum(IEnumerable<(string Key, int Count)> rows, string dimension) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorPart(dimension, g.Key, g.Sum(r => r.Count)));
}
