using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

/// <summary>The case list: the cases the user may find, filtered, sorted and paged on the server.</summary>
public sealed class ListCases(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<CommandResult<PagedResult<CaseRow>>> HandleAsync(CaseFilter filter, CancellationToken cancellationToken = default)
    {
        var errors = Validate(filter);
        if (!errors.IsEmpty)
        {
            return CommandResult<PagedResult<CaseRow>>.Invalid(errors);
        }

        var access = await accessContext.GetAsync(cancellationToken);
        var query = Apply(db.Cases.AsNoTracking().VisibleTo(access, db), filter, access);
        var total = await query.Take(PagedResult<CaseRow>.CountCap + 1).CountAsync(cancellationToken);
        var rows = await Sort(query, filter.Sort)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .Select(c => new CaseRow(
                c.Id, c.Reference, c.Title, c.Status, c.Priority, c.Owner, c.HandlingCode, c.Tlp,
                db.CaseIncidents.Count(ci => ci.CaseId == c.Id),
                db.CaseTasks.Count(t => t.CaseId == c.Id && (t.Status == CaseTaskStatus.Open || t.Status == CaseTaskStatus.InProgress)),
                c.UpdatedAtUtc ?? c.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        var capped = total > PagedResult<CaseRow>.CountCap;
        return CommandResult<PagedResult<CaseRow>>.Ok(new PagedResult<CaseRow>(rows, filter.Page, filter.PageSize, capped ? PagedResult<CaseRow>.CountCap : total, capped));
    }

    public static ValidationErrors Validate(CaseFilter filter)
    {
        var errors = new ValidationErrors();
        errors.CheckPaging(filter.Page, filter.PageSize, CaseFilter.MaxPageSize);

        if (filter.Text?.Length > CaseFilter.MaxTextLength)
        {
            errors.Add(nameof(filter.Text), Messages.AtMostCharactersPlain, CaseFilter.MaxTextLength);
        }

        if (filter.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add(nameof(filter.Status), Messages.UnknownValue, string.Join(", ", Enum.GetNames<CaseStatus>()));
        }

        return errors;
    }

    private IQueryable<Case> Apply(IQueryable<Case> query, CaseFilter filter, UserAccess access)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Priority is { } priority)
        {
            query = query.Where(c => c.Priority == priority);
        }

        if (filter.Mine)
        {
            var user = access.UserName;
            query = query.Where(c => c.Owner == user || db.CaseMembers.Any(m => m.CaseId == c.Id && m.UserName == user));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
#pragma warning disable RS0030 // translated to SQL lower(); never runs in .NET
            query = query.Where(c => c.Reference.ToLower().Contains(text) || c.Title.ToLower().Contains(text));
#pragma warning restore RS0030
        }

        return query;
    }

    private static IQueryable<Case> Sort(IQueryable<Case> query, CaseSort sort) => sort switch
    {
        CaseSort.ReferenceAscending => query.OrderBy(c => c.Reference),
        CaseSort.ReferenceDescending => query.OrderByDescending(c => c.Reference),
        // Enums are stored by name: rank them explicitly, or "Critical" would sort before "Medium" by its letters.
        CaseSort.PriorityThenRecent => query.OrderByDescending(c => c.Priority == CasePriority.Critical ? 3 : c.Priority == CasePriority.High ? 2 : c.Priority == CasePriority.Medium ? 1 : 0)
            .ThenByDescending(c => c.UpdatedAtUtc ?? c.CreatedAtUtc).ThenByDescending(c => c.Id),
        CaseSort.TitleAscending => query.OrderBy(c => c.Title).ThenBy(c => c.Id),
        _ => query.OrderByDescending(c => c.UpdatedAtUtc ?? c.CreatedAtUtc).ThenByDescending(c => c.Id),
    };
}
