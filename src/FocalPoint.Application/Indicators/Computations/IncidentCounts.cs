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

    public static async Task<IndicatorValue> IncidentsAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var groups = await context.Incidents
            .GroupBy(i => new { i.Kind, i.DirectorateId, i.MunicipalityId, i.OccurredOn.Year, i.OccurredOn.Month })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // An incident with arms of two types counts once under each: "incidents with a pistol", as the list filters.
        var byType = await (
            from f in context.Db.Firearms.AsNoTracking()
            join i in context.Incidents on f.IncidentId equals i.Id
            group f.IncidentId by f.FirearmTypeId into g
            select new { Type = g.Key, Count = g.Distinct().Count() }).ToListAsync(cancellationToken);

        var parts = new List<IndicatorPart>();
        parts.AddRange(Sum(groups.Select(g => (g.Key.Kind.ToString(), g.Count)), Dimensions.Kind));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.Key.DirectorateId), g.Count)), Dimensions.Directorate));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.Key.MunicipalityId), g.Count)), Dimensions.Municipality));
        parts.AddRange(Sum(groups.Select(g => (string.Create(CultureInfo.InvariantCulture, $"{g.Key.Year:0000}-{g.Key.Month:00}"), g.Count)), Dimensions.Month));
        parts.AddRange(byType.OrderBy(t => t.Type).Select(t => new IndicatorPart(Dimensions.Type, Id(t.Type), t.Count)));
        return new IndicatorValue(IndicatorIds.Incidents, groups.Sum(g => g.Count), parts);
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
