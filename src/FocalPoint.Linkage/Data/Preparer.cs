using FocalPoint.Linkage.Comparison;

namespace FocalPoint.Linkage.Data;

/// <summary>Turns validated settings and raw tables into <see cref="PreparedData"/>.</summary>
internal static class Preparer
{
    public static PreparedData Prepare(LinkageSettings settings, IReadOnlyList<RecordTable> tables, PairMode mode,
        IReadOnlyList<string>? sourceNames = null)
    {
        if (tables.Count > byte.MaxValue + 1) throw new LinkageException($"At most {byte.MaxValue + 1} sources can be linked in one run.");
        foreach (var t in tables)
        {
            settings.Validate(t.Columns);
            if (t.Count == 0 && (mode != PairMode.Incremental || t == tables[^1]))
                throw new LinkageException("The input has no records.");
        }
        var ids = Ids(settings.UniqueIdColumn, tables, sourceNames);
        var source = new byte[ids.Length];
        var offset = 0;
        for (var s = 0; s < tables.Count; s++)
        {
            source.AsSpan(offset, tables[s].Count).Fill((byte)s);
            offset += tables[s].Count;
        }
        var bad = new List<BadValueReport>();
        var comparisons = settings.Comparisons.Select(c => Comparison(settings, c, tables, bad)).ToArray();
        return new PreparedData(ids, source, comparisons, mode) { BadValues = bad, SourceNames = sourceNames ?? [] };
    }

    private static PreparedComparison Comparison(LinkageSettings settings, ComparisonSettings c, IReadOnlyList<RecordTable> tables,
        List<BadValueReport> bad)
    {
        var comparator = ComparatorFactory.Create(c.Comparator, c.Levels, c.DisplayName);
        var encoder = new ColumnEncoder(c.Normalisers, comparator.Accepts, settings.StrictValues);
        var codes = encoder.Encode(tables, c.Column, settings.UniqueIdColumn);
        if (encoder.BadRecords > 0) bad.Add(new BadValueReport(c.Column, c.DisplayName, encoder.BadRecords, [.. encoder.BadExamples]));
        // The swap column shares the dictionary, so "first = other's surname" is one int compare.
        var swap = c.SwapColumn is null ? null : encoder.Encode(tables, c.SwapColumn, settings.UniqueIdColumn);
        return new PreparedComparison(c.DisplayName, codes, [.. encoder.Values], swap, comparator,
            c.TermFrequency ? Frequencies(codes, encoder.Values.Count) : null) { Columns = [c.Column] };
    }

    private static double[] Frequencies(int[] codes, int distinct)
    {
        var counts = new long[distinct];
        long present = 0;
        foreach (var c in codes)
        {
            if (c < 0) continue;
            counts[c]++;
            present++;
        }
        var f = new double[distinct];
        for (var i = 0; i < distinct; i++) f[i] = present == 0 ? 0 : (double)counts[i] / present;
        return f;
    }

    private static string[] Ids(string idColumn, IReadOnlyList<RecordTable> tables, IReadOnlyList<string>? sourceNames)
    {
        if (sourceNames is not null) return SourceIds.Qualify(idColumn, tables, sourceNames);
        var ids = new string[tables.Sum(t => t.Count)];
        var offset = 0;
        // Ids key the pairs and clusters handed back, so they must be unique across every table of a run.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < tables.Count; s++)
        {
            var t = tables[s];
            for (var r = 0; r < t.Count; r++)
            {
                var id = t.Get(r, idColumn) ?? throw new LinkageException($"Record {r + 1} has no value in id column '{idColumn}'.");
                if (!seen.Add(id)) throw new LinkageException($"Id '{id}' appears more than once in column '{idColumn}'.");
                ids[offset + r] = id;
            }
            offset += t.Count;
        }
        return ids;
    }
}
