using System.Collections.Concurrent;
using FocalPoint.Application.Network.Snapshot;
using FocalPoint.Network;

namespace FocalPoint.Application.Network.Visibility;

/// <summary>
/// The need-to-know state of the link chart in memory: each user's <see cref="AccessProfile"/> (read again after
/// <see cref="LinkChartOptions.VisibleGraphSeconds"/>, so a case-team change shows within that time) and one
/// <see cref="VisibilityMask"/> per profile and snapshot, shared by every user with that profile. Masks of older
/// snapshots and, above <see cref="LinkChartOptions.VisibleGraphCacheSize"/>, the least recently used go first.
/// </summary>
public sealed class VisibleGraphCache
{
    private const int MaxProfiles = 10_000;
    private readonly ConcurrentDictionary<string, (long Build, AccessProfile Profile, DateTimeOffset Expires)> profiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(long Build, string Key), MaskEntry> masks = new();
    private long clock;

    /// <summary>How many masks are held (one per access profile in use).</summary>
    public int MaskCount => masks.Count;

    /// <summary>Bytes held by the masks (two bit arrays each).</summary>
    public long MaskBytes => masks.Values.Where(m => m.Mask.IsValueCreated).Sum(m => m.Mask.Value.Bytes);

    internal bool TryGetProfile(string user, long build, DateTimeOffset now, out AccessProfile profile)
    {
        profile = null!;
        if (profiles.TryGetValue(user, out var entry) && entry.Build == build && entry.Expires > now)
        {
            profile = entry.Profile;
            return true;
        }

        return false;
    }

    internal void PutProfile(string user, long build, AccessProfile profile, DateTimeOffset expires, DateTimeOffset now)
    {
        profiles[user] = (build, profile, expires);
        if (profiles.Count > MaxProfiles)
        {
            foreach (var (key, entry) in profiles)
            {
                if (entry.Expires <= now || entry.Build != build)
                {
                    profiles.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>The profile's mask over the snapshot, built once (concurrent callers wait for the same build).</summary>
    internal VisibilityMask MaskFor(RegistrySnapshot snapshot, AccessProfile profile, int capacity)
    {
        var entry = masks.GetOrAdd((snapshot.Build, profile.Key), _ => new MaskEntry(new Lazy<VisibilityMask>(() => ProfileMasks.Build(snapshot, profile))));
        entry.LastUsed = Interlocked.Increment(ref clock);
        var mask = entry.Mask.Value;
        Evict(snapshot.Build, capacity);
        return mask;
    }

    public void Clear()
    {
        profiles.Clear();
        masks.Clear();
    }

    private void Evict(long build, int capacity)
    {
        foreach (var key in masks.Keys)
        {
            if (key.Build < build)
            {
                masks.TryRemove(key, out _);
            }
        }

        while (masks.Count > capacity && masks.MinBy(m => m.Value.LastUsed) is { Key: var oldest })
        {
            masks.TryRemove(oldest, out _);
        }
    }

    private sealed class MaskEntry(Lazy<VisibilityMask> mask)
    {
        public Lazy<VisibilityMask> Mask { get; } = mask;

        public long LastUsed { get; set; }
    }
}
