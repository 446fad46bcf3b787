using FocalPoint.Cli.Infrastructure;

namespace FocalPoint.Cli.Linkage;

/// <summary>The truth as record id to entity: from record_id,entity_id rows, or from a list of true pairs (their connected components).</summary>
internal static class TruthCsv
{
    public static IReadOnlyDictionary<string, string> Read(FileInfo file, string? kind)
    {
        var header = RecordCsv.Header(file);
        if (LabelsCsv.IndexOf(header, "left_id") < 0)
        {
            return LinkageCsv.ReadMap(file, "entity_id", kind);
        }

        var pairs = LinkageCsv.ReadPairs(file);
        if (pairs.Count == 0)
        {
            throw new UserErrorException($"{file.Name} lists no true pairs.");
        }

        // Components of the true pairs; records in no pair are unknown to the truth and left out.
        return PairComponents(pairs);
    }

    private static Dictionary<string, string> PairComponents(List<(string Left, string Right, double)> pairs)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = parent[x] = parent.GetValueOrDefault(p, p);
            }

            parent.TryAdd(x, x);
            return x;
        }

        foreach (var (l, r, _) in pairs)
        {
            var (a, b) = (Find(l), Find(r));
            if (a != b)
            {
                parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
            }
        }

        return parent.Keys.ToList().ToDictionary(k => k, Find, StringComparer.Ordinal);
    }
}
