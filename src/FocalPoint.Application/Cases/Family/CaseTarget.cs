using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases.Family;

/// <summary>
/// Finds the other case of a merge or a parent link by the reference the user typed: it must be one their team works.
/// A reference that exists but is out of the user's reach gets the same answer as an unknown one, and the attempt is
/// audited as refused (the case may hold RED records of another team).
/// </summary>
internal static class CaseTarget
{
    public static async Task<Case?> FindAsync(FocalPointDbContext db, IAuditLog audit, UserAccess access, long fromId, string? reference, string field,
        ValidationErrors errors, CancellationToken ct)
    {
        var typed = reference?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(typed))
        {
            errors.Add(field, Messages.Required);
            return null;
        }

        var target = await db.Cases.Reach(access, db).FirstOrDefaultAsync(c => c.Reference == typed, ct);
        if (target is null)
        {
            if (await db.Cases.Where(c => c.Reference == typed).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct) is { } hidden)
            {
                await audit.RecordAsync(new AuditEvent(AuditAction.AccessRefused, "Case", [$"Case/{fromId}", $"Case/{hidden}"], Detail: $"{field}: case out of reach"), ct);
            }

            errors.Add(field, CaseFamilyMessages.UnknownCase, typed);
        }
        else if (target.Id == fromId)
        {
            errors.Add(field, CaseFamilyMessages.Itself);
        }
        else if (target.MergedIntoId is not null)
        {
            errors.Add(field, CaseFamilyMessages.Merged, target.Reference);
        }

        return errors.IsEmpty ? target : null;
    }

    /// <summary>The team's cases including merged ones (the message then says where the case went).</summary>
    private static IQueryable<Case> Reach(this IQueryable<Case> cases, UserAccess access, FocalPointDbContext db) =>
        access.Unrestricted ? cases : cases.Where(c => c.Owner == access.UserName || db.CaseMembers.Any(m => m.CaseId == c.Id && m.UserName == access.UserName));
}
