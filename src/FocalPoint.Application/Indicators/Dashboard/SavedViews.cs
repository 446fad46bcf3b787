using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Indicators.Dashboard;

/// <summary>A saved view as the dashboard lists it: its name and the dashboard address it reopens.</summary>
public sealed record SavedView(long Id, string Name, string Query);

/// <summary>
/// The acting user's own saved dashboard views: list, save (a name used again replaces its scope), delete. Another
/// user's view is not found, whatever its id.
/// </summary>
public sealed class SavedViews(FocalPointDbContext db, IAccessContext accessContext)
{
    public const string NameField = "Name";

    public async Task<IReadOnlyList<SavedView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var user = (await accessContext.GetAsync(cancellationToken)).UserName;
        return await db.SavedDashboardViews.AsNoTracking().Where(v => v.UserName == user).OrderBy(v => v.Name)
            .Select(v => new SavedView(v.Id, v.Name, v.Query)).ToListAsync(cancellationToken);
    }

    public async Task<CommandResult<long>> SaveAsync(string? name, IndicatorScope scope, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        TextRules.Check(errors, NameField, name, SavedDashboardView.MaxNameLength, required: true);
        if (!errors.IsEmpty)
        {
            return CommandResult<long>.Invalid(errors);
        }

        var user = (await accessContext.GetAsync(cancellationToken)).UserName;
        var trimmed = name!.Trim();
        var view = await db.SavedDashboardViews.FirstOrDefaultAsync(v => v.UserName == user && v.Name == trimmed, cancellationToken);
        if (view is null)
        {
            if (await db.SavedDashboardViews.CountAsync(v => v.UserName == user, cancellationToken) >= SavedDashboardView.MaxPerUser)
            {
                errors.Add(NameField, Messages.ViewLimit, SavedDashboardView.MaxPerUser);
                return CommandResult<long>.Invalid(errors);
            }

            view = new SavedDashboardView { UserName = user, Name = trimmed };
            db.SavedDashboardViews.Add(view);
        }

        view.Query = scope.QueryString();
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<long>.Ok(view.Id);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        var user = (await accessContext.GetAsync(cancellationToken)).UserName;
        return await db.SavedDashboardViews.Where(v => v.Id == id && v.UserName == user).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
