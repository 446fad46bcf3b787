using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases.Family;

/// <summary>
/// Places a case under a parent case (both worked by the user's team), or frees it (an empty reference). A case
/// cannot sit below itself, directly or through its children. Each change is audited.
/// </summary>
public sealed class SetParentCase(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit)
{
    private const int MaxDepth = 64;

    public async Task<CommandResult<long?>> HandleAsync(long caseId, string? parentReference, CancellationToken ct = default)
    {
        var access = await accessContext.GetAsync(ct);
        var child = await CaseAccess.FindWorkedAsync(db, access, caseId, ct);
        if (child is null)
        {
            return CommandResult<long?>.Missing();
        }

        long? parentId = null;
        if (!string.IsNullOrWhiteSpace(parentReference))
        {
            var errors = new ValidationErrors();
            var parent = await CaseTarget.FindAsync(db, audit, access, caseId, parentReference, "Parent", errors, ct);
            if (parent is not null && await IsBelowAsync(parent.Id, caseId, ct))
            {
                errors.Add("Parent", CaseFamilyMessages.Cycle, parent.Reference);
            }

            if (!errors.IsEmpty)
            {
                return CommandResult<long?>.Invalid(errors);
            }

            parentId = parent!.Id;
        }

        child.ParentId = parentId;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{caseId}", .. parentId is { } p ? new[] { $"Case/{p}" } : []],
            Detail: parentId is null ? "parent case removed" : $"parent case set: Case/{parentId}"), ct);
        return CommandResult<long?>.Ok(parentId);
    }

    /// <summary>Whether the candidate parent is the case itself or sits below it (walking up the candidate's parents).</summary>
    private async Task<bool> IsBelowAsync(long candidate, long caseId, CancellationToken ct)
    {
        long? current = candidate;
        for (var depth = 0; current is { } id && depth < MaxDepth; depth++)
        {
            if (id == caseId)
            {
                return true;
            }

            current = await db.Cases.Where(c => c.Id == id).Select(c => c.ParentId).FirstOrDefaultAsync(ct);
        }

        return current is not null;
    }
}
