using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Sending;

/// <summary>A commander releases a package that carries H2/H3 or RED records; the requester cannot approve their own.</summary>
public sealed class ApprovePackage(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<PackageStatus>> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var row = await db.SharingPackages.Include(p => p.Partner).FirstOrDefaultAsync(p => p.Id == id && p.Direction == PackageDirection.Sent, cancellationToken);
        if (!access.Holds(Capabilities.SharingApprove) || row is null)
        {
            return CommandResult<PackageStatus>.Missing();
        }

        var errors = new ValidationErrors();
        if (row.Status != PackageStatus.AwaitingApproval)
        {
            errors.Add("Status", SharingMessages.NotAwaitingApproval);
        }
        else if (row.RequestedBy == access.UserName)
        {
            errors.Add("Status", SharingMessages.OwnApproval);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<PackageStatus>.Invalid(errors);
        }

        row.Status = PackageStatus.Sent;
        row.ApprovedBy = access.UserName;
        row.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        var refs = (row.Selection ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await audit.RecordAsync(new AuditEvent(AuditAction.Disclose, "SharingPackage", refs, row.Purpose, [row.Partner!.Code],
            Detail: $"package {row.PackageId:D} approved, {row.Handling}, TLP:{row.Tlp}"), cancellationToken);
        return CommandResult<PackageStatus>.Ok(row.Status);
    }
}
