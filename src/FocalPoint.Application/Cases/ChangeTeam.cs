using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

/// <summary>
/// Adds and removes team members. The team is exactly what need-to-know reads (<see cref="IncidentVisibility"/>): a
/// change here widens or narrows who sees the case's RED and H3 records at their next request, so each is audited.
/// The owner cannot be removed: hand the case to someone else first, so a case is never without an owner.
/// </summary>
public sealed class ChangeTeam(FocalPointDbContext db, IAccessContext accessContext, CaseUsers users, IAuditLog audit)
{
    public const string Field = "Member";

    public async Task<CommandResult<bool>> AddAsync(long caseId, string? userName, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken) is null)
        {
            return CommandResult<bool>.Missing();
        }

        var name = userName?.Trim() ?? "";
        var errors = new ValidationErrors();
        if (name.Length == 0)
        {
            errors.Add(Field, Messages.Required);
        }
        else if ((await users.NotEligibleAsync([name], cancellationToken)).Count > 0)
        {
            errors.Add(Field, Messages.CaseUserNotEligible, name);
        }
        else if (await db.CaseMembers.AnyAsync(m => m.CaseId == caseId && m.UserName == name, cancellationToken))
        {
            errors.Add(Field, Messages.CaseAlreadyMember, name);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<bool>.Invalid(errors);
        }

        db.CaseMembers.Add(new CaseMember { CaseId = caseId, UserName = name });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{caseId}"], Detail: $"team member added: {name}"), cancellationToken);
        return CommandResult<bool>.Ok(true);
    }

    public async Task<CommandResult<bool>> RemoveAsync(long caseId, string userName, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var @case = await CaseAccess.FindWorkedAsync(db, access, caseId, cancellationToken);
        if (@case is null)
        {
            return CommandResult<bool>.Missing();
        }

        if (string.Equals(@case.Owner, userName, StringComparison.Ordinal))
        {
            var errors = new ValidationErrors();
            errors.Add(Field, Messages.CaseOwnerStays);
            return CommandResult<bool>.Invalid(errors);
        }

        var removed = await db.CaseMembers.Where(m => m.CaseId == caseId && m.UserName == userName).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return CommandResult<bool>.Missing();
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{caseId}"], Detail: $"team member removed: {userName}"), cancellationToken);
        return CommandResult<bool>.Ok(true);
    }
}
