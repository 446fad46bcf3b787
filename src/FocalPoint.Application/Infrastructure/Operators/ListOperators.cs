using FocalPoint.Data;
using FocalPoint.Domain.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Infrastructure.Operators;

/// <summary>
/// One operator in the overview: its sector's level now, its plan in force (approved) and any version in the works, and
/// how many graduated measures the level now asks that the operator has not confirmed.
/// </summary>
public sealed record OperatorRow(
    long Id, string Name, CriticalSector Sector, ThreatLevel SectorLevel, int? ApprovedNumber, DateOnly? ReviewDue, bool ReviewOverdue,
    PlanStatus? PendingStatus, int MeasuresToApply);

/// <summary>The operators within the user's reach with their plans' standing: the ministry's national overview, an operator's own line.</summary>
public sealed class ListOperators(FocalPointDbContext db, OperatorReach reach, TimeProvider time)
{
    public async Task<IReadOnlyList<OperatorRow>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var operators = await (await reach.OperatorsAsync(cancellationToken)).AsNoTracking().OrderBy(o => o.Sector).ThenBy(o => o.Name)
            .Select(o => new
            {
                o.Id, o.Name, o.Sector,
                Approved = o.Plans.Where(p => p.Status == PlanStatus.Approved).Select(p => new { p.Number, p.ReviewDue, p.AppliedLevel, Graduated = p.Measures.Where(m => m.FromLevel != null).Select(m => m.FromLevel!.Value).ToList() }).FirstOrDefault(),
                Pending = o.Plans.Where(p => p.Status == PlanStatus.Draft || p.Status == PlanStatus.Submitted).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var levels = await CurrentThreatLevels.ReadAsync(db, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return [.. operators.Select(o =>
        {
            var level = levels.Level(o.Sector);
            var toApply = o.Approved is null ? 0 : MeasuresInForce.ToApply(o.Approved.Graduated, level, o.Approved.AppliedLevel);
            return new OperatorRow(o.Id, o.Name, o.Sector, level, o.Approved?.Number, o.Approved?.ReviewDue,
                o.Approved is null || o.Approved.ReviewDue < today, o.Pending, toApply);
        })];
    }
}

/// <summary>Which graduated measures a threat level sets in force, and which of those still wait for the operator's confirmation.</summary>
public static class MeasuresInForce
{
    public static bool InForce(ThreatLevel? fromLevel, ThreatLevel level) => fromLevel is null || fromLevel <= level;

    /// <summary>Graduated measures in force at <paramref name="level"/> that were not yet in force at the level the operator confirmed.</summary>
    public static int ToApply(IEnumerable<ThreatLevel> graduated, ThreatLevel level, ThreatLevel applied) =>
        level <= applied ? 0 : graduated.Count(g => g <= level && g > applied);
}
