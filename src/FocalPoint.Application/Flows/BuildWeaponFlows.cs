using FocalPoint.Application.Common;
using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Flows;

/// <summary>
/// Weapon flows: recovered firearms grouped by country of manufacture, country of last legal import, transit and
/// municipality of seizure, in one grouped query over the incidents the user may see (docs/decisions/0014-weapon-flows.md).
/// Unlike the IAFQ national totals these counts follow need-to-know: a route is intelligence, and small groups on a
/// map can point at one restricted incident.
/// </summary>
public sealed class BuildWeaponFlows(FocalPointDbContext db, IAccessContext accessContext, ReferenceCache referenceCache, TimeProvider time)
{
    public async Task<CommandResult<WeaponFlowReport>> HandleAsync(FlowFilter filter, CancellationToken cancellationToken = default)
    {
        var reference = await referenceCache.GetAsync(cancellationToken);
        var errors = filter.Validate(reference, DateOnly.FromDateTime(KosovoTime.ToLocal(time.GetUtcNow().UtcDateTime)));
        if (!errors.IsEmpty)
        {
            return CommandResult<WeaponFlowReport>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(cancellationToken);
        var incidents = Incidents(filter, access);
        var firearms = db.Firearms.AsNoTracking();
        if (filter.FirearmTypeId is { } type)
        {
            firearms = firearms.Where(f => f.FirearmTypeId == type);
        }

        var groups = await (
            from f in firearms
            // Flows end in a Kosovo municipality: an incident abroad has none and is not part of them.
            join i in incidents.Where(i => i.MunicipalityId != null) on f.IncidentId equals i.Id
            group f by new
            {
                f.CountryOfManufacture,
                f.CountryOfLastLegalImport,
                HasCrossing = i.CrossingPointId != null,
                CrossingKind = (CrossingKind?)i.CrossingPoint!.Kind,
                Neighbour = i.CrossingPoint!.NeighbourCountry,
                MunicipalityId = i.MunicipalityId!.Value,
            }
            into g
            select new { g.Key, Firearms = g.Count() }).ToListAsync(cancellationToken);

        var flows = groups
            .Select(g => new WeaponFlow(
                Code(g.Key.CountryOfManufacture),
                Code(g.Key.CountryOfLastLegalImport),
                !g.Key.HasCrossing ? TransitKind.Inland : g.Key.CrossingKind == CrossingKind.Airport ? TransitKind.Airport : TransitKind.BorderCrossing,
                g.Key.HasCrossing && g.Key.CrossingKind != CrossingKind.Airport ? Code(g.Key.Neighbour) : null,
                g.Key.MunicipalityId,
                g.Firearms))
            // Codes are upper-cased here, so two spellings of one code fold into one group.
            .GroupBy(f => f with { Firearms = 0 })
            .Select(g => g.Key with { Firearms = g.Sum(f => f.Firearms) })
            .OrderByDescending(f => f.Firearms)
            .ThenBy(f => f.ManufactureCountry, StringComparer.Ordinal).ThenBy(f => f.LastLegalImportCountry, StringComparer.Ordinal)
            .ThenBy(f => f.Transit).ThenBy(f => f.TransitCountry, StringComparer.Ordinal).ThenBy(f => f.MunicipalityId)
            .ToList();

        var latest = flows.Count == 0 ? await LatestRecoveryAsync(filter, access, cancellationToken) : null;
        return CommandResult<WeaponFlowReport>.Ok(new WeaponFlowReport(filter, flows, latest));
    }

    private IQueryable<Domain.Incidents.Incident> Incidents(FlowFilter filter, UserAccess access)
    {
        // The UTC bounds let the engine use the time index; OccurredOn keeps the local-date meaning exact (see ListIncidents).
        var fromUtc = KosovoTime.ToUtc(filter.From.ToDateTime(TimeOnly.MinValue));
        var beforeUtc = KosovoTime.ToUtc(filter.To.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var (from, to, kinds) = (filter.From, filter.To, filter.Kinds.ToList());
        return db.Incidents.AsNoTracking().VisibleTo(access, db)
            .Where(i => i.OccurredAtUtc >= fromUtc && i.OccurredAtUtc < beforeUtc && i.OccurredOn >= from && i.OccurredOn <= to && kinds.Contains(i.Kind));
    }

    /// <summary>The latest visible recovery of an arm matching the type and kind, whatever the period: lets an empty page offer a period with data.</summary>
    private async Task<DateOnly?> LatestRecoveryAsync(FlowFilter filter, UserAccess access, CancellationToken cancellationToken)
    {
        var kinds = filter.Kinds.ToList();
        var type = filter.FirearmTypeId;
        return await db.Incidents.AsNoTracking().VisibleTo(access, db)
            .Where(i => kinds.Contains(i.Kind) && i.Firearms.Any(f => type == null || f.FirearmTypeId == type))
            .MaxAsync(i => (DateOnly?)i.OccurredOn, cancellationToken);
    }

    private static string? Code(string? country) => string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
}
