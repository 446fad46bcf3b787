using System.Linq.Expressions;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Sharing.Ledger;

/// <summary>One line of the ledger: what went or came, when, how many records, under which conditions, and its state.</summary>
public sealed record LedgerRow(
    long Id, Guid PackageId, PackageDirection Direction, string Kind, PackageStatus Status, string PartnerCode, string Purpose, string Handling, string Tlp,
    int Records, int Bytes, DateTime AtUtc, DateTime ExpiresAtUtc, string? RequestedBy, string? ApprovedBy, DateTime? AcknowledgedAtUtc, string? RefusalReason)
{
    /// <summary>The one projection of a ledger row, used in queries (translated to SQL) and on loaded rows alike.</summary>
    public static readonly Expression<Func<SharingPackageRecord, LedgerRow>> Projection = p => new LedgerRow(
        p.Id, p.PackageId, p.Direction, p.Kind, p.Status, p.Partner!.Code, p.Purpose, p.Handling, p.Tlp, p.RecordCount,
        p.SizeBytes, p.CreatedAtUtc, p.ExpiresAtUtc, p.RequestedBy, p.ApprovedBy, p.AcknowledgedAtUtc, p.RefusalReason);

    private static readonly Func<SharingPackageRecord, LedgerRow> Compiled = Projection.Compile();

    public static LedgerRow Of(SharingPackageRecord loaded) => Compiled(loaded);
}

/// <summary>Which part of the ledger to read: one partner's, or the packages awaiting a commander.</summary>
public sealed record LedgerFilter(long? PartnerId = null, bool AwaitingApprovalOnly = false, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;
}

/// <summary>
/// The ledger of packages, newest first, paged. The liaison desk reads all of it; a commander reads it too, since he
/// answers for what leaves. Nothing here is record content: references, conditions and states only.
/// </summary>
public sealed class PackageLedger(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CommandResult<PagedResult<LedgerRow>>> HandleAsync(LedgerFilter filter, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.SharingSend) && !access.Holds(Capabilities.SharingApprove))
        {
            return CommandResult<PagedResult<LedgerRow>>.Missing();
        }

        var errors = new ValidationErrors();
        errors.CheckPaging(filter.Page, filter.PageSize, LedgerFilter.MaxPageSize);
        if (!errors.IsEmpty)
        {
            return CommandResult<PagedResult<LedgerRow>>.Invalid(errors);
        }

        var rows = db.SharingPackages.AsNoTracking();
        rows = filter.PartnerId is { } partner ? rows.Where(p => p.PartnerId == partner) : rows;
        rows = filter.AwaitingApprovalOnly ? rows.Where(p => p.Status == PackageStatus.AwaitingApproval) : rows;
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(LedgerRow.Projection)
            .ToListAsync(cancellationToken);
        return CommandResult<PagedResult<LedgerRow>>.Ok(new PagedResult<LedgerRow>(items, filter.Page, filter.PageSize, total, false));
    }
}
