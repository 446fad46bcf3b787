using FocalPoint.Linkage.Comparison;
using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage.Serials;

/// <summary>How a looked-up serial met an indexed one, by the engine's serial comparator.</summary>
public enum SerialLevel
{
    /// <summary>Equal after the engine's serial normaliser (separators, case, look-alike characters folded).</summary>
    Same,

    /// <summary>Obliterated characters or a read fragment of at least four characters agree.</summary>
    Partial,

    /// <summary>Damerau-Levenshtein distance one: one character wrong, missing, added or two neighbours swapped.</summary>
    OneEdit,
}

/// <summary>One indexed serial that met the looked-up one.</summary>
public readonly record struct SerialHit(int Item, SerialLevel Level);

/// <summary>
/// Serials held for repeated look-ups (the lost-and-stolen register), answered with the linkage engine's serial
/// normaliser and comparator so that a lookup and a resolution run agree. Equal keys come from a dictionary; one-edit
/// neighbours from a symmetric-deletion index (every key with one character deleted, kept as 64-bit hashes in a
/// sorted array and verified with the comparator); obliterated characters and fragments from a scan, only when asked.
/// Items are the caller's own numbers (0, 1, 2 ... in the order added). Not thread-safe: guard it.
/// </summary>
public sealed class SerialIndex
{
    private static readonly SerialComparator Comparator = new([1]);
    private readonly List<string> keys = [];
    private readonly Dictionary<string, List<int>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> byLength = [];
    private long[] deletionHashes = [];
    private int[] deletionItems = [];
    private readonly Dictionary<long, List<int>> recentDeletions = [];

    /// <summary>The number of items added.</summary>
    public int Count => keys.Count;

    /// <summary>The engine's serial key of a serial as written (what the index compares).</summary>
    public static string Key(string serialAsWritten) => Identifiers.Serial(serialAsWritten);

    /// <summary>Builds an index over many serials at once (the deletion index is sorted once, not grown).</summary>
    public static SerialIndex Build(IEnumerable<string?> serials)
    {
        var index = new SerialIndex();
        var hashes = new List<long>();
        var items = new List<int>();
        foreach (var serial in serials)
        {
            var item = index.AddKey(serial);
            foreach (var h in Deletions(index.keys[item]))
            {
                hashes.Add(h);
                items.Add(item);
            }
        }

        index.deletionHashes = [.. hashes];
        index.deletionItems = [.. items];
        Array.Sort(index.deletionHashes, index.deletionItems);
        return index;
    }

    /// <summary>Adds one serial (null or unreadable serials take a number but never match); returns its item number.</summary>
    public int Add(string? serialAsWritten)
    {
        var item = AddKey(serialAsWritten);
        foreach (var h in Deletions(keys[item]))
        {
            if (!recentDeletions.TryGetValue(h, out var list))
            {
                recentDeletions[h] = list = [];
            }

            list.Add(item);
        }

        return item;
    }

    /// <summary>
    /// The indexed serials that meet <paramref name="serialAsWritten"/>, best level per item. Partial matches (wildcards,
    /// fragments) need a scan of the keys and are looked for only when <paramref name="withPartial"/> is set.
    /// </summary>
    public IReadOnlyList<SerialHit> Find(string serialAsWritten, bool withPartial)
    {
        var query = Key(serialAsWritten);
        var found = new Dictionary<int, SerialLevel>();
        if (query.Length == 0)
        {
            return [];
        }

        var hasWildcard = query.Contains(Identifiers.Wildcard);
        if (!hasWildcard && byKey.TryGetValue(query, out var same))
        {
            same.ForEach(i => found[i] = SerialLevel.Same);
        }

        if (!hasWildcard && query.Length >= 4)
        {
            foreach (var h in Deletions(query).Append(Hash(query)))
            {
                foreach (var item in ItemsWithDeletion(h))
                {
                    Grade(found, item, query);
                }
            }

            // The query with one character deleted may itself be an indexed key.
            foreach (var shorter in DeletedStrings(query))
            {
                if (byKey.TryGetValue(shorter, out var items))
                {
                    items.ForEach(i => Grade(found, i, query));
                }
            }
        }

        if (withPartial)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i].Length > 0 && !found.ContainsKey(i) && MayBePartial(query, keys[i]))
                {
                    Grade(found, i, query);
                }
            }
        }
        else if (hasWildcard && byLength.TryGetValue(query.Length, out var sameLength))
        {
            // Unreadable characters stand in place: only keys of the same length can agree.
            sameLength.ForEach(i => Grade(found, i, query));
        }

        return [.. found.Select(f => new SerialHit(f.Key, f.Value))];
    }

    private int AddKey(string? serialAsWritten)
    {
        var key = string.IsNullOrWhiteSpace(serialAsWritten) ? "" : Key(serialAsWritten);
        keys.Add(key);
        var item = keys.Count - 1;
        if (key.Length > 0)
        {
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(item);
            if (!byLength.TryGetValue(key.Length, out var sameLength))
            {
                byLength[key.Length] = sameLength = [];
            }

            sameLength.Add(item);
        }

        return item;
    }

    private IEnumerable<int> ItemsWithDeletion(long hash)
    {
        var at = Array.BinarySearch(deletionHashes, hash);
        if (at >= 0)
        {
            while (at > 0 && deletionHashes[at - 1] == hash) at--;
            for (; at < deletionHashes.Length && deletionHashes[at] == hash; at++) yield return deletionItems[at];
        }

        if (recentDeletions.TryGetValue(hash, out var recent))
        {
            foreach (var item in recent) yield return item;
        }
    }

    private void Grade(Dictionary<int, SerialLevel> found, int item, string query)
    {
        var key = keys[item];
        var level = key == query ? Comparator.EqualLevel(key) : Comparator.Level(query, key);
        SerialLevel? graded = level switch { 0 => SerialLevel.Same, 1 => SerialLevel.Partial, 2 => SerialLevel.OneEdit, _ => null };
        if (graded is { } g && (!found.TryGetValue(item, out var had) || g < had))
        {
            found[item] = g;
        }
    }

    // Cheap filters before the comparator: same length with a wildcard on either side, or one inside the other.
    private static bool MayBePartial(string query, string key) =>
        (query.Length == key.Length && (query.Contains(Identifiers.Wildcard) || key.Contains(Identifiers.Wildcard)))
        || (query.Length < key.Length ? key.Contains(query, StringComparison.Ordinal) : query.Contains(key, StringComparison.Ordinal));

    // Keys of four or more characters only: shorter serials have too many one-edit neighbours to mean anything.
    private static IEnumerable<long> Deletions(string key)
    {
        if (key.Length < 4 || key.Contains(Identifiers.Wildcard)) yield break;
        for (var skip = 0; skip < key.Length; skip++)
        {
            yield return Hash(key, skip);
        }
    }

    private static IEnumerable<string> DeletedStrings(string key)
    {
        for (var skip = 0; skip < key.Length; skip++)
        {
            yield return string.Concat(key.AsSpan(0, skip), key.AsSpan(skip + 1));
        }
    }

    // FNV-1a over the characters with one position left out (-1: none); collisions are removed by the comparator.
    private static long Hash(string key, int skip = -1)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < key.Length; i++)
        {
            if (i == skip) continue;
            h = (h ^ key[i]) * 1099511628211UL;
        }

        return unchecked((long)(h ^ (ulong)(key.Length - (skip >= 0 ? 1 : 0))));
    }
}
