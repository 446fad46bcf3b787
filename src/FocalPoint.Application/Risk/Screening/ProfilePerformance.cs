using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Screening;

/// <summary>
/// How a profile version does: hits, checked hits, finds, precision (finds per checked hit), beside the find rate of
/// the random control checks it did not select (what screening without the profile would find).
/// </summary>
public sealed record ProfileScore(long ProfileVersionId, string ProfileKey, int Number, string Name, ProfileStatus Status, string DraftedBy,
    int Hits, int Checked, int Found, double? Precision, int Controls, int ControlsFound, double? ControlFindRate);

/// <summary>Hit counts and precision per profile version, from the outcomes officers recorded.</summary>
public sealed class ProfilePerformance(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<IReadOnlyList<ProfileScore>?> HandleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskAnalysis)) return null;
        var versions = await db.RiskProfiles.AsNoTracking().OrderBy(p => p.ProfileKey).ThenBy(p => p.Number)
            .Select(p => new { p.Id, p.ProfileKey, p.Number, p.Name, p.Status, p.DraftedBy }).ToListAsync(cancellationToken);
        var counts = await db.ScreeningHitProfiles.AsNoTracking()
            .GroupBy(p => p.ProfileVersionId)
            .Select(g => new
            {
                Id = g.Key,
                Hits = g.Count(),
                Checked = g.Count(p => db.ScreeningHits.Any(h => h.Id == p.HitId && (h.Outcome == HitOutcome.Found || h.Outcome == HitOutcome.NotFound))),
                Found = g.Count(p => db.ScreeningHits.Any(h => h.Id == p.HitId && h.Outcome == HitOutcome.Found)),
            })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        // Control checks no profile selected: the base rate a profile must beat.
        var controls = await db.ScreeningHits.AsNoTracking()
            .Where(h => h.ControlCheck && !h.RiskHit && (h.Outcome == HitOutcome.Found || h.Outcome == HitOutcome.NotFound))
            .GroupBy(h => 1).Select(g => new { Checked = g.Count(), Found = g.Count(h => h.Outcome == HitOutcome.Found) })
            .SingleOrDefaultAsync(cancellationToken);
        var (controlChecked, controlFound) = (controls?.Checked ?? 0, controls?.Found ?? 0);
        return [.. versions.Select(v =>
        {
            var c = counts.GetValueOrDefault(v.Id);
            var (hits, isChecked, found) = (c?.Hits ?? 0, c?.Checked ?? 0, c?.Found ?? 0);
            return new ProfileScore(v.Id, v.ProfileKey, v.Number, v.Name, v.Status, v.DraftedBy, hits, isChecked, found,
                isChecked == 0 ? null : found / (double)isChecked, controlChecked, controlFound,
                controlChecked == 0 ? null : controlFound / (double)controlChecked);
        })];
    }
}
