using FocalPoint.Application.Common;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Audit;

/// <summary>The auditor's search of the log, paged. Looking at the log is itself a consultation and is logged.</summary>
public sealed class SearchAuditLog(FocalPointDbContext db, IAuditLog audit)
{
    public const string RecordKind = "AuditLog";

    public async Task<CommandResult<PagedResult<AuditEntryRow>>> HandleAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var errors = filter.Validate();
        if (!errors.IsEmpty)
        {
            return CommandResult<PagedResult<AuditEntryRow>>.Invalid(errors);
        }

        // Logged before reading, so that a search that fails half-way is on record too.
        await audit.RecordAsync(new AuditEvent(AuditAction.Consult, RecordKind, [], Detail: $"search: {filter.FieldsUsed()}"), cancellationToken);
        var query = AuditQuery.Apply(db, filter);
        var total = await query.Take(PagedResult<AuditEntryRow>.CountCap + 1).CountAsync(cancellationToken);
        var rows = await query.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        var capped = total > PagedResult<AuditEntryRow>.CountCap;
        return CommandResult<PagedResult<AuditEntryRow>>.Ok(new PagedResult<AuditEntryRow>(
            rows, filter.Page, filter.PageSize, capped ? PagedResult<AuditEntryRow>.CountCap : total, capped));
    }
}
