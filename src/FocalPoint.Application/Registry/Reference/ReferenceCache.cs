using FocalPoint.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FocalPoint.Application.Registry.Reference;

/// <summary>Holds the reference snapshot for the process; an administrator's edit calls <see cref="Invalidate"/>.</summary>
public sealed class ReferenceCache(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ReferenceSnapshot? snapshot;

    public async Task<ReferenceSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (snapshot is { } current)
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return snapshot ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => snapshot = null;

    private async Task<ReferenceSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
        return new ReferenceSnapshot(
            await db.Directorates.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken),
            await db.Municipalities.AsNoTracking().OrderBy(m => m.NameSq).ToListAsync(cancellationToken),
            await db.CrossingPoints.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken),
            await db.Countries.AsNoTracking().OrderBy(c => c.NameEn).ToListAsync(cancellationToken),
            await db.Calibres.AsNoTracking().Include(c => c.Aliases).OrderBy(c => c.Name).ToListAsync(cancellationToken),
            await db.FirearmTypes.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken),
            await db.Makes.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken));
    }
}
