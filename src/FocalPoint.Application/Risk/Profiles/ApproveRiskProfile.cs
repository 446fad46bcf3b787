using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Risk;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Profiles;

/// <summary>
/// Four eyes: a supervisor other than the drafter approves a draft; the approved version before it is superseded in
/// the same save, so exactly one version of a profile screens.
/// </summary>
public sealed class ApproveRiskProfile(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<long>> HandleAsync(long versionId, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskApproval)) return CommandResult<long>.Missing();
        var version = await db.RiskProfiles.SingleOrDefaultAsync(p => p.Id == versionId, cancellationToken);
        if (version is null) return CommandResult<long>.Missing();

        var errors = new ValidationErrors();
        if (version.Status != ProfileStatus.Draft) errors.Add(nameof(version.Status), RiskMessages.NotADraft, version.Status);
        else if (string.Equals(version.DraftedBy, access.UserName, StringComparison.OrdinalIgnoreCase)) errors.Add(nameof(version.ApprovedBy), RiskMessages.FourEyes);
        if (!errors.IsEmpty) return CommandResult<long>.Invalid(errors);

        var previous = await db.RiskProfiles
            .Where(p => p.ProfileKey == version.ProfileKey && p.Status == ProfileStatus.Approved)
            .ToListAsync(cancellationToken);
        previous.ForEach(p => p.Status = ProfileStatus.Superseded);
        version.Status = ProfileStatus.Approved;
        version.ApprovedBy = access.UserName;
        version.ApprovedAtUtc = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Conflicted();
        }
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "RiskProfile", [$"RiskProfile/{version.Id}"], Detail: $"approved {version.ProfileKey} v{version.Number}"), cancellationToken);
        return CommandResult<long>.Ok(version.Id);
    }
}
