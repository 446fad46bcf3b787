namespace FocalPoint.Linkage.Data;

/// <summary>
/// Ids of records from named sources: "source:id", so that two files may use the same ids (each file's ids
/// need only be unique within it). Source names may not hold ':', so the first ':' splits an id back.
/// </summary>
internal static class SourceIds
{
    public static string[] Qualify(string idColumn, IReadOnlyList<RecordTable> tables, IReadOnlyList<string> names)
    {
        if (names.Count != tables.Count) throw new ArgumentException("One name per source.", nameof(names));
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Contains(':', StringComparison.Ordinal) || !distinct.Add(name))
                throw new LinkageException(LinkageErrorCodes.BadSourceName,
                    $"Source name '{name}' must be non-empty, unique and free of ':'.", [name]);
        }
        var ids = new string[tables.Sum(t => t.Count)];
        var offset = 0;
        for (var s = 0; s < tables.Count; s++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var r = 0; r < tables[s].Count; r++)
            {
                var id = tables[s].Get(r, idColumn)
                    ?? throw new LinkageException($"Source '{names[s]}' record {r + 1} has no value in id column '{idColumn}'.");
                if (!seen.Add(id))
                    throw new LinkageException(LinkageErrorCodes.DuplicateId, $"Id '{id}' appears more than once in source '{names[s]}'.", [names[s], id]);
                ids[offset + r] = names[s] + ":" + id;
            }
            offset += tables[s].Count;
        }
        return ids;
    }
}
