using FocalPoint.Application.Registry.Incidents;
using FocalPoint.Application.Reports.Products;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators.Revisions;

/// <summary>What changed in the registry after an edition's cut-off that can move its figures, with how many records.</summary>
public sealed record RevisionReason(string Code, int Count);

/// <summary>An indicator as a published edition printed it and as it stands now, and why it moved.</summary>
public sealed record IndicatorRevision(
    long ProductId, string Product, string Period, int Edition, DateTime DataCutOffUtc, decimal? Published, decimal? Now, IReadOnlyList<RevisionReason> Why);

/// <summary>
/// The revisions of a scope's figures: for every edition published for exactly this period (products are never
/// filtered), each indicator whose value now differs from the one printed, with the changes since the cut-off that
/// explain it: late trace answers, incidents recorded or corrected late, incidents gone (an import rolled back, an
/// erasure), case status changes. The values now are the caller's (need-to-know); the printed ones are what any
/// reader of the edition already sees.
/// </summary>
public sealed class FindRevisions(FocalPointDbContext db, IAccessContext accessContext)
{
    public const string TraceAnswersAfterCutOff = nameof(TraceAnswersAfterCutOff);
    public const string IncidentsChangedAfterCutOff = nameof(IncidentsChangedAfterCutOff);
    public const string IncidentsRemoved = nameof(IncidentsRemoved);
    public const string CaseChangesAfterCutOff = nameof(CaseChangesAfterCutOff);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<IndicatorRevision>>> HandleAsync(IndicatorSet now, CancellationToken cancellationToken = default)
    {
        var scope = now.Scope;
        if (scope.DirectorateId is not null || scope.MunicipalityId is not null || scope.Kind is not null || scope.FirearmTypeId is not null)
        {
            return new Dictionary<string, IReadOnlyList<IndicatorRevision>>();
        }

        var editions = await db.PublishedProducts.AsNoTracking()
            .Where(p => p.PeriodFrom == scope.From && p.PeriodTo == scope.To)
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Kind, p.Period, p.Edition, p.DataCutOffUtc, p.InputsJson })
            .ToListAsync(cancellationToken);
        var revisions = new Dictionary<string, List<IndicatorRevision>>(StringComparer.Ordinal);
        foreach (var edition in editions)
        {
            var printed = ProductInputs.FromJson(edition.InputsJson);
            var changed = now.Values.Where(v => printed.Value(v.Id) is { } p && p.Value != v.Value).ToList();
            if (changed.Count == 0)
            {
                continue;
            }

            var why = await ReasonsAsync(scope, edition.DataCutOffUtc, printed.Value(IndicatorIds.Incidents)?.Value, now.Values.First(v => v.Id == IndicatorIds.Incidents).Value, cancellationToken);
            foreach (var value in changed)
            {
                if (!revisions.TryGetValue(value.Id, out var list))
                {
                    revisions[value.Id] = list = [];
                }

                list.Add(new IndicatorRevision(edition.Id, edition.Kind.ToString(), edition.Period, edition.Edition, edition.DataCutOffUtc, printed.Value(value.Id)!.Value, value.Value, why));
            }
        }

        return revisions.ToDictionary(r => r.Key, r => (IReadOnlyList<IndicatorRevision>)r.Value, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<RevisionReason>> ReasonsAsync(IndicatorScope scope, DateTime cutOffUtc, decimal? printedIncidents, decimal? incidentsNow, CancellationToken cancellationToken)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var incidents = ListIncidents.Apply(db, scope.ToIncidentFilter(), access, text: null);
        var undated = ListIncidents.Apply(db, scope.ToIncidentFilter() with { From = null, To = null }, access, text: null).Select(i => i.Id);
        var cutOffDay = DateOnly.FromDateTime(KosovoTime.ToLocal(cutOffUtc));
        var reasons = new List<RevisionReason>
        {
            new(TraceAnswersAfterCutOff, await db.TraceResults.CountAsync(r => r.ReceivedOn >= cutOffDay && undated.Contains(r.TraceRequest!.Firearm!.IncidentId), cancellationToken)),
            new(IncidentsChangedAfterCutOff, await incidents.CountAsync(i => i.CreatedAtUtc > cutOffUtc || i.UpdatedAtUtc > cutOffUtc, cancellationToken)),
            new(CaseChangesAfterCutOff, await db.CaseHistory.CountAsync(h => h.ChangedAtUtc > cutOffUtc && h.Case!.Incidents.Any(ci => undated.Contains(ci.IncidentId)), cancellationToken)),
            new(IncidentsRemoved, (int)Math.Max(0m, (printedIncidents ?? 0m) - (incidentsNow ?? 0m))),
        };
        return [.. reasons.Where(r => r.Count > 0)];
    }
}
