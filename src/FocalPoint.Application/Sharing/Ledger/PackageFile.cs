using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Ledger;

/// <summary>A sealed package file as it is handed to the partner's channel.</summary>
public sealed record PackageFileContent(string FileName, byte[] Bytes);

/// <summary>
/// Hands out the sealed bytes of a sent package or acknowledgement, for the liaison officer to pass on the partner's
/// channel. A package awaiting approval or refused never leaves; each hand-over is audited as a transfer.
/// </summary>
public sealed class PackageFile(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    public const string Extension = ".fpkg.json";

    public static bool Releasable(SharingPackageRecord p) =>
        p.Direction == PackageDirection.Sent && p.Content is not null && p.Status is PackageStatus.Sent or PackageStatus.Acknowledged;

    public async Task<PackageFileContent?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        if (!(await accessContext.GetAsync(cancellationToken)).Holds(Capabilities.SharingSend))
        {
            return null;
        }

        var p = await db.SharingPackages.AsNoTracking().Include(p => p.Partner).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (p is null || !Releasable(p))
        {
            return null;
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Transfer, "SharingPackage", [p.PackageId.ToString("D")], p.Purpose, [p.Partner!.Code],
            Detail: $"{p.Kind} file handed over, {p.Handling}, TLP:{p.Tlp}"), cancellationToken);
        return new PackageFileContent($"{p.Partner.Code}-{p.PackageId:D}{Extension}", p.Content!);
    }
}
