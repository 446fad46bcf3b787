using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

/// <summary>
/// Opens and edits cases. Every change of status, owner or priority leaves a history row with its time (KPIs read
/// them); the owner is always on the team, and the person who opens a case joins it, so nobody locks themselves out.
/// </summary>
public sealed class SaveCase(FocalPointDbContext db, IAccessContext accessContext, CaseUsers users, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<long>> CreateAsync(CaseInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.Cases))
        {
            return CommandResult<long>.Missing();
        }

        var errors = await CaseInputRules.CheckAsync(input, users, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var @case = new Case { Reference = await YearlyReferences.NextAsync(db.Cases.Select(c => c.Reference), "CASE", now.Year, cancellationToken) };
        Apply(@case, input);
        var team = input.Team.Select(t => t.Trim()).Where(t => t.Length > 0).Append(@case.Owner);
        if (!access.Unrestricted)
        {
            team = team.Append(access.UserName);
        }

        @case.Team = [.. team.Distinct(StringComparer.Ordinal).Select(u => new CaseMember { UserName = u })];
        @case.History.Add(Entry(null, @case, access.UserName, now));
        db.Cases.Add(@case);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "Case", [$"Case/{@case.Id}"], Detail: "case opened"), cancellationToken);
        return CommandResult<long>.Ok(@case.Id);
    }

    public async Task<CommandResult<long>> UpdateAsync(long id, CaseInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var @case = await CaseAccess.FindWorkedAsync(db, access, id, cancellationToken);
        if (@case is null)
        {
            return CommandResult<long>.Missing();
        }

        if (@case.Version != input.Version)
        {
            return CommandResult<long>.Conflicted();
        }

        var errors = await CaseInputRules.CheckAsync(input, users, cancellationToken);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var before = (@case.Status, @case.Owner, @case.Priority);
        Apply(@case, input);
        if (before != (@case.Status, @case.Owner, @case.Priority))
        {
            db.CaseHistory.Add(Entry(before, @case, access.UserName, time.GetUtcNow().UtcDateTime));
        }

        if (!await db.CaseMembers.AnyAsync(m => m.CaseId == id && m.UserName == @case.Owner, cancellationToken))
        {
            db.CaseMembers.Add(new CaseMember { CaseId = id, UserName = @case.Owner });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Conflicted();
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Alter, "Case", [$"Case/{id}"], Detail: "case edited"), cancellationToken);
        return CommandResult<long>.Ok(id);
    }

    private static void Apply(Case @case, CaseInput input)
    {
        @case.Title = input.Title!.Trim();
        @case.Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        @case.Owner = input.Owner!.Trim();
        (@case.Status, @case.Priority, @case.HandlingCode, @case.Tlp) = (input.Status, input.Priority, input.HandlingCode, input.Tlp);
    }

    private static CaseHistoryEntry Entry((CaseStatus Status, string Owner, CasePriority Priority)? before, Case @case, string by, DateTime at) => new()
    {
        Case = @case,
        ChangedAtUtc = at,
        ChangedBy = by,
        OldStatus = before?.Status,
        NewStatus = @case.Status,
        OldOwner = before?.Owner,
        NewOwner = @case.Owner,
        OldPriority = before?.Priority,
        NewPriority = @case.Priority,
    };
}
