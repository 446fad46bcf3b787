using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Infrastructure;

/// <summary>
/// Which operators a user reaches: the ministry all of them, an operator's account only the operator it is a member of,
/// everyone else none. Every infrastructure use case starts here, so an operator never sees another's plan (an id out of
/// reach is answered as not found).
/// </summary>
public sealed class OperatorReach(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<IQueryable<InfrastructureOperator>> OperatorsAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (access.Holds(Capabilities.InfrastructureOversight))
        {
            return db.InfrastructureOperators;
        }

        if (!access.Holds(Capabilities.CriticalInfrastructure))
        {
            return db.InfrastructureOperators.Where(_ => false);
        }

        var userName = access.UserName;
        return db.InfrastructureOperators.Where(o => o.Members.Any(m => m.UserName == userName));
    }

    public async Task<bool> ReachesAsync(long operatorId, CancellationToken cancellationToken = default) =>
        await (await OperatorsAsync(cancellationToken)).AnyAsync(o => o.Id == operatorId, cancellationToken);
}

/// <summary>The threat level in force per sector: the latest change, Low where none was ever set.</summary>
public static class CurrentThreatLevels
{
    public static async Task<IReadOnlyDictionary<CriticalSector, ThreatLevelChange?>> ReadAsync(FocalPointDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.ThreatLevelChanges.AsNoTracking()
            .Where(t => !db.ThreatLevelChanges.Any(n => n.Sector == t.Sector && (n.SetAtUtc > t.SetAtUtc || (n.SetAtUtc == t.SetAtUtc && n.Id > t.Id))))
            .ToListAsync(cancellationToken);
        return Enum.GetValues<CriticalSector>().ToDictionary(s => s, s => latest.FirstOrDefault(t => t.Sector == s));
    }

    public static ThreatLevel Level(this IReadOnlyDictionary<CriticalSector, ThreatLevelChange?> levels, CriticalSector sector) =>
        levels[sector]?.Level ?? ThreatLevel.Low;
}
