using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>
/// A commander releases, or refuses with a reason, a package that carries H2/H3 or RED records; the requester
/// cannot decide on their own. A refused package keeps its sealed bytes in the ledger but can never be handed out.
/// </summary>
public sealed class ApprovePackage(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<PackageStatus>> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var (row, user, result) = await PendingAsync(id, new ValidationErrors(), cancellationToken);
        if (row is null)
        {
            return result!;
        }

        row.Status = PackageStatus.Sent;
        row.ApprovedBy = user;
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        var refs = (row.Selection ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await audit.RecordAsync(new AuditEvent(AuditAction.Disclose, "SharingPackage", refs, row.Purpose, [row.Partner!.Code],
            Detail: $"package {row.PackageId:D} approved, {row.Handling}, TLP:{row.Tlp}"), cancellationToken);
        return CommandResult<PackageStatus>.Ok(row.Status);
    }

    public async Task<CommandResult<PackageStatus>> RefuseAsync(long id, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("Reason", Messages.Required);
        }

        TextRules.Check(errors, "Reason", reason, SharingPackageRecord.MaxReasonLength);
        var (row, user, result) = await PendingAsync(id, errors, cancellationToken);
        if (row is null)
        {
            return result!;
        }

        row.Status = PackageStatus.Refused;
        row.ApprovedBy = user;
        row.RefusalReason = reason!.Trim();
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<PackageStatus>.Ok(row.Status);
    }

    // The package if this user may decide on it now; otherwise the answer to give (missing, or why not).
    private async Task<(SharingPackageRecord? Row, string User, CommandResult<PackageStatus>? Refusal)> PendingAsync(long id, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var row = await db.SharingPackages.Include(p => p.Partner).FirstOrDefaultAsync(p => p.Id == id && p.Direction == PackageDirection.Sent, cancellationToken);
        if (!access.Holds(Capabilities.SharingApprove) || row is null)
        {
            return (null, access.UserName, CommandResult<PackageStatus>.Missing());
        }

        if (row.Status != PackageStatus.AwaitingApproval)
        {
            errors.Add("Status", SharingMessages.NotAwaitingApproval);
        }
        else if (row.RequestedBy == access.UserName)
        {
            errors.Add("Status", SharingMessages.OwnApproval);
        }

        return errors.IsEmpty ? (row, access.UserName, null) : (null, access.UserName, CommandResult<PackageStatus>.Invalid(errors));
    }
}
