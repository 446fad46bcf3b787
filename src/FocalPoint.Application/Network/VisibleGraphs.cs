using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Application.Network.Visibility;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using Microsoft.Extensions.Options;

namespace FocalPoint.Application.Network;

/// <summary>
/// Gives the acting user's <see cref="VisibleGraph"/>: the registry snapshot seen through the
/// <see cref="Network.VisibilityMask"/> of their access profile. The profile is read at most every
/// <see cref="LinkChartOptions.VisibleGraphSeconds"/> per user; the mask is built once per profile and snapshot and
/// shared by every user with that profile (a new colleague of an analyst gets the chart without any build).
/// </summary>
public sealed class VisibleGraphs(
    RegistrySnapshotCache snapshots, VisibleGraphCache cache, FocalPointDbContext db, IAccessContext accessContext, TimeProvider time, IOptions<LinkChartOptions> options)
{
    public async Task<VisibleGraph> GetAsync(CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var user = $"{access.UserName}|{string.Join(',', access.Roles.Order(StringComparer.Ordinal))}|{access.Agency}|{access.Unrestricted}";
        var now = time.GetUtcNow();
        if (!cache.TryGetProfile(user, snapshot.Build, now, out var profile))
        {
            profile = await AccessProfile.ReadAsync(access, snapshot, db, cancellationToken);
            cache.PutProfile(user, snapshot.Build, profile, now.AddSeconds(options.Value.VisibleGraphSeconds), now);
        }

        return new VisibleGraph(snapshot, cache.MaskFor(snapshot, profile, options.Value.VisibleGraphCacheSize));
    }
}
