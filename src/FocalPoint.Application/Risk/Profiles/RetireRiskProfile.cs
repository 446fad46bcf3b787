using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Profiles;

/// <summary>
/// A supervisor retires a profile that no longer describes the traffic (or a draft that will not be approved): it stops
/// screening at the next run, and its hits and measured precision stay for the record.
/// </summary>
public sealed class RetireRiskProfile(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public async Task<CommandResult<long>> HandleAsync(long versionId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskApproval)) return CommandResult<long>.Missing();
        var version = await db.RiskProfiles.SingleOrDefaultAsync(p => p.Id == versionId, cancellationToken);
        if (version is null) return CommandResult<long>.Missing();
        if (version.Status is not (ProfileStatus.Approved or ProfileStatus.Draft))
        {
            var errors = new ValidationErrors();
            errors.Add(nameof(version.Status), RiskMessages.NotRetirable, version.Status);
            return CommandResult<long>.Invalid(errors);
        }

        version.Status = ProfileStatus.Retired;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Conflicted();
        }
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "RiskProfile", [$"RiskProfile/{version.Id}"], Detail: $"retired {version.ProfileKey} v{version.Number}"), cancellationToken);
        return CommandResult<long>.Ok(version.Id);
    }
}
