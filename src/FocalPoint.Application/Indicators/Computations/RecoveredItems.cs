using FocalPoint.Application.Reports.Iafq;
using Microsoft.EntityFrameworkCore;
using static FocalPoint.Application.Indicators.Computations.IncidentCounts;

namespace FocalPoint.Application.Indicators.Computations;

/// <summary>
/// Firearms, rounds and explosives seized, found and surrendered: items of the incidents that recover arms, by the
/// IAFQ mapping of kinds (<see cref="IafqCategories"/>, the same mapping as the national tables).
/// </summary>
internal static class RecoveredItems
{
    public static async Task<IReadOnlyList<IndicatorValue>> FirearmsAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var recoveries = IafqFactQueries.Recoveries(context.Incidents);
        var groups = await (
            from f in Firearms(context)
            join i in recoveries on f.IncidentId equals i.Id
            group f by new { i.Kind, f.FirearmTypeId, i.DirectorateId, i.MunicipalityId, f.IsConvertedFromBlankOrAlarm, f.IsPrivatelyMade } into g
            select new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var rows = groups.Select(g => (Recovery: IafqCategories.ByIncidentKind[g.Key.Kind], g.Key, g.Count)).ToList();
        var parts = new List<IndicatorPart>();
        parts.AddRange(Sum(rows.Select(r => (r.Recovery.ToString(), r.Count)), Dimensions.Recovery));
        parts.AddRange(Sum(rows.Select(r => (Id(r.Key.FirearmTypeId), r.Count)), Dimensions.Type));
        parts.AddRange(SumPlaces(rows.Select(r => (Id(r.Key.DirectorateId), r.Count)), Dimensions.Directorate));
        parts.AddRange(SumPlaces(rows.Select(r => (Id(r.Key.MunicipalityId), r.Count)), Dimensions.Municipality));
        var firearms = new IndicatorValue(IndicatorIds.FirearmsRecovered, rows.Sum(r => r.Count), parts);

        var seized = rows.Where(r => r.Recovery == Recovery.Seized).ToList();
        var converted = seized.Where(r => r.Key.IsConvertedFromBlankOrAlarm).Sum(r => r.Count);
        var privatelyMade = seized.Where(r => r.Key.IsPrivatelyMade).Sum(r => r.Count);
        var conversions = new IndicatorValue(
            IndicatorIds.ConvertedPrivatelyMade,
            seized.Where(r => r.Key.IsConvertedFromBlankOrAlarm || r.Key.IsPrivatelyMade).Sum(r => r.Count),
            [new(Dimensions.Conversion, "Converted", converted), new(Dimensions.Conversion, "PrivatelyMade", privatelyMade)]);
        return [firearms, conversions];
    }

    public static async Task<IndicatorValue> AmmunitionAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var recoveries = IafqFactQueries.Recoveries(context.Incidents);
        var groups = await (
            from a in context.Db.Ammunition.AsNoTracking()
            join i in recoveries on a.IncidentId equals i.Id
            group a.Rounds by new { i.Kind, i.DirectorateId, i.MunicipalityId } into g
            select new { g.Key, Rounds = g.Sum() }).ToListAsync(cancellationToken);

        var parts = new List<IndicatorPart>();
        parts.AddRange(Sum(groups.Select(g => (IafqCategories.ByIncidentKind[g.Key.Kind].ToString(), g.Rounds)), Dimensions.Recovery));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.Key.DirectorateId), g.Rounds)), Dimensions.Directorate));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.Key.MunicipalityId), g.Rounds)), Dimensions.Municipality));
        return new IndicatorValue(IndicatorIds.AmmunitionRecovered, groups.Sum(g => g.Rounds), parts);
    }

    public static async Task<IndicatorValue> ExplosivesAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var recoveries = IafqFactQueries.Recoveries(context.Incidents);
        var groups = await (
            from e in context.Db.Explosives.AsNoTracking()
            join i in recoveries on e.IncidentId equals i.Id
            group e.Count by new { IncidentKind = i.Kind, ItemKind = e.Kind, i.DirectorateId, i.MunicipalityId } into g
            select new { g.Key.IncidentKind, g.Key.ItemKind, g.Key.DirectorateId, g.Key.MunicipalityId, Pieces = g.Sum() }).ToListAsync(cancellationToken);

        var parts = new List<IndicatorPart>();
        parts.AddRange(Sum(groups.Select(g => (IafqCategories.ByIncidentKind[g.IncidentKind].ToString(), g.Pieces)), Dimensions.Recovery));
        parts.AddRange(Sum(groups.Select(g => (g.ItemKind.ToString(), g.Pieces)), Dimensions.Explosive));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.DirectorateId), g.Pieces)), Dimensions.Directorate));
        parts.AddRange(SumPlaces(groups.Select(g => (Id(g.MunicipalityId), g.Pieces)), Dimensions.Municipality));
        return new IndicatorValue(IndicatorIds.ExplosivesRecovered, groups.Sum(g => g.Pieces), parts);
    }

    /// <summary>Under a weapon-type filter the arms counted are of that type (the incidents are those holding one).</summary>
    private static IQueryable<Domain.Items.Firearm> Firearms(IndicatorContext context)
    {
        var firearms = context.Db.Firearms.AsNoTracking();
        return context.Scope.FirearmTypeId is { } type ? firearms.Where(f => f.FirearmTypeId == type) : firearms;
    }

    /// <summary>Years from manufacture to recovery, where the year of manufacture is known (median of a histogram).</summary>
    public static async Task<IndicatorValue> TimeToCrimeAsync(IndicatorContext context, CancellationToken cancellationToken)
    {
        var recoveries = IafqFactQueries.Recoveries(context.Incidents);
        var histogram = await (
            from f in Firearms(context)
            join i in recoveries on f.IncidentId equals i.Id
            where f.YearOfManufacture != null
            group f by i.OccurredOn.Year - f.YearOfManufacture!.Value into g
            select new { Years = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var known = histogram.Sum(h => h.Count);
        return new IndicatorValue(
            IndicatorIds.TimeToCrime,
            Median.OfCounts([.. histogram.Select(h => (h.Years, h.Count))]),
            [new(Dimensions.Part, "known", known)]);
    }
}
