using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Ledger;

/// <summary>A record of a package: its reference and conditions; for a received one, what it was joined to here.</summary>
public sealed record PackageRecordRow(string Type, string Ref, string Handling, string Tlp, string SourceGrade, string InformationGrade, string? Match, long? FirearmId, long? PersonId);

/// <summary>A package with its provenance (partner, id, when, conditions) and its records.</summary>
public sealed record PackageView(LedgerRow Package, string PartnerName, long PartnerId, bool Downloadable, IReadOnlyList<PackageRecordRow> Records);

/// <summary>
/// One package of the ledger. Received records are listed by the partner's reference with their conditions and the
/// outcome of correlation, never with their fields: those are personal data read through the registry's own pages.
/// </summary>
public sealed class PackageDetails(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<PackageView?> HandleAsync(long id, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.SharingSend) && !access.Holds(Capabilities.SharingApprove))
        {
            return null;
        }

        var p = await db.SharingPackages.AsNoTracking().Include(p => p.Partner).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (p is null)
        {
            return null;
        }

        var records = p.Direction == PackageDirection.Received
            ? await db.ReceivedRecords.AsNoTracking().Where(r => r.PackageRecordId == id).OrderBy(r => r.Id)
                .Select(r => new PackageRecordRow(r.Type, r.PartnerRef, r.Handling, r.Tlp, r.SourceGrade, r.InformationGrade, r.Match, r.FirearmId, r.PersonId))
                .ToListAsync(cancellationToken)
            : [.. (p.Selection ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => new PackageRecordRow(TypeOf(r), r, "", "", "", "", null, null, null))];
        return new PackageView(LedgerRow.Of(p), p.Partner!.Name, p.PartnerId, PackageFile.Releasable(p) && access.Holds(Capabilities.SharingSend), records);
    }

    // "XK-FFP:Firearm/42" → "firearm".
    private static string TypeOf(string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        return colon >= 0 && slash > colon ? reference[(colon + 1)..slash].ToLowerInvariant() : "";
    }
}
