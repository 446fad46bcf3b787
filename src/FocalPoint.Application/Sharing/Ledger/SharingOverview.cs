using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Ledger;

/// <summary>What the liaison desk has open: packages held for a commander, sent ones not acknowledged, the latest received.</summary>
public sealed record SharingOverviewView(IReadOnlyList<LedgerRow> AwaitingApproval, IReadOnlyList<LedgerRow> Unacknowledged, IReadOnlyList<LedgerRow> RecentlyReceived);

/// <summary>The home panel's figures for the liaison officer (and the commander's approvals).</summary>
public sealed class SharingOverview(FocalPointDbContext db, IAccessContext accessContext)
{
    private const int Shown = 5;

    public async Task<SharingOverviewView?> HandleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.SharingSend) && !access.Holds(Capabilities.SharingApprove))
        {
            return null;
        }

        var packages = db.SharingPackages.AsNoTracking();
        return new SharingOverviewView(
            await TopAsync(packages.Where(p => p.Status == PackageStatus.AwaitingApproval), cancellationToken),
            await TopAsync(packages.Where(p => p.Direction == PackageDirection.Sent && p.Status == PackageStatus.Sent && p.Kind == Packages.Payload.RecordsKind), cancellationToken),
            await TopAsync(packages.Where(p => p.Direction == PackageDirection.Received), cancellationToken));
    }

    private static async Task<IReadOnlyList<LedgerRow>> TopAsync(IQueryable<SharingPackageRecord> rows, CancellationToken cancellationToken) =>
        await rows.OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id).Take(Shown)
            .Select(LedgerRow.Projection)
            .ToListAsync(cancellationToken);
}
