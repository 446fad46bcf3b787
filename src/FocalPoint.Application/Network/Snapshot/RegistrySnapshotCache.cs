using FocalPoint.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Network.Snapshot;

/// <summary>
/// One registry snapshot per process, rebuilt when the registry changed. Invalidation: at most every
/// <see cref="LinkChartOptions.StampCheckSeconds"/> the cheap <see cref="RegistryStamp"/> (highest ids and counts) is
/// compared with the snapshot's, catching new, deleted and erased rows; edits in place (a link's confidence) are caught
/// by the maximum age. Queries keep using the previous snapshot until the new one is ready; one rebuild at a time.
/// It holds each incident's markings (TLP, handling code, agency) for the access profiles' masks; a user's own reach
/// (what they recorded, their case teams) is read from the database (<see cref="VisibleGraphs"/>).
/// </summary>
public sealed class RegistrySnapshotCache(IServiceScopeFactory scopes, TimeProvider time, IOptions<LinkChartOptions> options)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private RegistrySnapshot? current;
    private DateTimeOffset builtAt;
    private DateTimeOffset checkedAt;
    private long builds;

    public async Task<RegistrySnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        if (current is { } fresh && now - checkedAt < TimeSpan.FromSeconds(o.StampCheckSeconds))
        {
            return fresh;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            now = time.GetUtcNow();
            if (current is not null && now - checkedAt < TimeSpan.FromSeconds(o.StampCheckSeconds))
            {
                return current;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FocalPointDbContext>();
            if (current is not null && now - builtAt < TimeSpan.FromMinutes(o.MaxSnapshotAgeMinutes)
                && await RegistrySnapshotBuilder.StampAsync(db, cancellationToken) == current.Stamp)
            {
                checkedAt = now;
                return current;
            }

            var resolver = scope.ServiceProvider.GetRequiredService<INodeIdentityResolver>();
            current = await new RegistrySnapshotBuilder(db, resolver).BuildAsync(++builds, cancellationToken);
            (builtAt, checkedAt) = (now, now);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forces the next query to rebuild (after an import, an erasure, or a test's seeding).</summary>
    public void Invalidate() => (checkedAt, builtAt) = (DateTimeOffset.MinValue, DateTimeOffset.MinValue);
}
