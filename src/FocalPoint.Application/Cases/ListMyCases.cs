using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Cases;

public sealed record MyCase(long Id, string Reference, string Title, CaseStatus Status);

/// <summary>The open cases whose team the user is on: offered as the purpose when they consult personal data.</summary>
public sealed class ListMyCases(FocalPointDbContext db, IAccessContext accessContext)
{
    public async Task<IReadOnlyList<MyCase>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var ids = access.CaseIds.ToList();
        return await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.Status != CaseStatus.Closed)
            .OrderByDescending(c => c.CreatedAtUtc)
            .Take(20)
            .Select(c => new MyCase(c.Id, c.Reference, c.Title, c.Status))
            .ToListAsync(cancellationToken);
    }
}
