using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Network.Saved;

public sealed record SavedChartRow(long Id, long CaseId, string CaseReference, string Title, int NodeCount, string SavedBy, DateTime SavedAtUtc);

/// <summary>The charts of the cases the user works on, newest first; optionally of one case.</summary>
public sealed class ListCaseCharts(FocalPointDbContext db, IAccessContext accessContext)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<SavedChartRow>> HandleAsync(long? caseId = null, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var cases = access.CaseIds.ToList();
        var query = db.SavedCharts.AsNoTracking().Where(c => access.Unrestricted || cases.Contains(c.CaseId));
        if (caseId is { } one)
        {
            query = query.Where(c => c.CaseId == one);
        }

        var rows = await query
            .Select(c => new SavedChartRow(c.Id, c.CaseId, c.Case!.Reference, c.Title, c.NodeCount, c.UpdatedBy ?? c.CreatedBy, c.UpdatedAtUtc ?? c.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.SavedAtUtc).ThenByDescending(r => r.Id).Take(Limit).ToList();
    }
}
