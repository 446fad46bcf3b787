using FocalPoint.Application.Indicators;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Community.Safety;

/// <summary>A municipality's incidents of one period, by kind (counts only).</summary>
public sealed record KindCounts(int Total, IReadOnlyDictionary<IncidentKind, int> ByKind)
{
    public int Of(IncidentKind kind) => ByKind.GetValueOrDefault(kind);
}

public sealed record YearCounts(int Year, KindCounts Counts);

/// <summary>
/// The quantitative part of a safety audit and the council's figures: the municipality's incidents by kind and period,
/// taken from the indicator computation (ADR 0017) so that the council and the dashboard read the same figure. Counts
/// only, never a record: they are computed over the whole registry (not the coordinator's need-to-know, which reaches
/// no incident), as the referral figures leave their seal as counts.
/// </summary>
public sealed class MunicipalFigures(FocalPointDbContext db, ComputeIndicators indicators, IAccessContext accessContext)
{
    /// <summary>Kinds the audit shows apart: firearms at home and in celebrations are the councils' own concerns.</summary>
    public static readonly IReadOnlyList<IncidentKind> ShownApart = [IncidentKind.DomesticViolence, IncidentKind.CelebratoryShooting];

    public const int Years = 5;

    private static readonly IReadOnlySet<string> Only = new HashSet<string>(StringComparer.Ordinal) { IndicatorIds.Incidents };

    /// <summary>The last <see cref="Years"/> years up to the latest with an incident in the municipality, oldest first.</summary>
    public async Task<IReadOnlyList<YearCounts>> ByYearAsync(int municipalityId, CancellationToken cancellationToken = default)
    {
        var latest = await db.Incidents.AsNoTracking().Where(i => i.MunicipalityId == municipalityId)
            .MaxAsync(i => (DateOnly?)i.OccurredOn, cancellationToken);
        if (latest is null)
        {
            return [];
        }

        var years = new List<YearCounts>();
        for (var year = latest.Value.Year - Years + 1; year <= latest.Value.Year; year++)
        {
            years.Add(new YearCounts(year, await CountAsync(IndicatorScope.Year(year) with { MunicipalityId = municipalityId }, cancellationToken)));
        }

        return years;
    }

    public async Task<KindCounts> CountAsync(IndicatorScope scope, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var set = await indicators.ComputeAsync(scope, UserAccess.System(access.UserName), Only, cancellationToken);
        var incidents = set[IndicatorIds.Incidents];
        var byKind = incidents.By(Dimensions.Kind)
            .Where(p => Enum.TryParse<IncidentKind>(p.Key, out _))
            .ToDictionary(p => Enum.Parse<IncidentKind>(p.Key), p => (int)p.Value);
        return new KindCounts((int)(incidents.Value ?? 0), byKind);
    }
}
