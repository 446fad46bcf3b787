using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Infrastructure.ThreatLevels;

public sealed record SectorLevel(CriticalSector Sector, ThreatLevel Level, DateTime? SetAtUtc, string? Reason, int Operators);

/// <summary>
/// The ministry sets a sector's threat level; each operator of the sector then sees the graduated measures of its plan
/// that the level puts in force (<see cref="Operators.MeasuresInForce"/>). Every change is kept: the latest stands.
/// </summary>
public sealed class SetThreatLevel(FocalPointDbContext db, IAccessContext accessContext, TimeProvider time)
{
    public async Task<IReadOnlyList<SectorLevel>> ListAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.CriticalInfrastructure))
        {
            return [];
        }

        var levels = await CurrentThreatLevels.ReadAsync(db, cancellationToken);
        var counts = await db.InfrastructureOperators.GroupBy(o => o.Sector).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. levels.Select(l => new SectorLevel(l.Key, l.Value?.Level ?? ThreatLevel.Low, l.Value?.SetAtUtc, l.Value?.Reason, counts.GetValueOrDefault(l.Key)))];
    }

    public async Task<CommandResult<bool>> HandleAsync(CriticalSector sector, ThreatLevel level, string? reason, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.InfrastructureOversight))
        {
            return CommandResult<bool>.Missing();
        }

        var errors = new ValidationErrors();
        TextRules.Check(errors, "Reason", reason?.Trim(), ThreatLevelChange.MaxReasonLength, required: true);
        if (!Enum.IsDefined(sector) || !Enum.IsDefined(level))
        {
            errors.Add("Level", Messages.UnknownValue, string.Join(", ", Enum.GetNames<ThreatLevel>()));
        }
        else if ((await CurrentThreatLevels.ReadAsync(db, cancellationToken)).Level(sector) == level)
        {
            errors.Add("Level", InfrastructureMessages.LevelUnchanged);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<bool>.Invalid(errors);
        }

        db.ThreatLevelChanges.Add(new ThreatLevelChange { Sector = sector, Level = level, Reason = reason!.Trim(), SetAtUtc = time.GetUtcNow().UtcDateTime, SetBy = access.UserName });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<bool>.Ok(true);
    }
}
