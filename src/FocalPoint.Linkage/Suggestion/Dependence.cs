using FocalPoint.Linkage.Normalisation;

namespace FocalPoint.Linkage.Suggestion;

/// <summary>
/// Leaves out a place column that another one determines (every postcode lies in one town): comparing both counts
/// the same evidence twice, and EM then explains true matches by the place alone.
/// </summary>
internal static class Dependence
{
    private const double Determined = 0.95;

    public static void DropDetermined(List<string> columns, Dictionary<string, Role> roles, Dictionary<string, List<string?>> samples, List<string> notes)
    {
        var places = columns.Where(c => roles[c] is Role.Postcode or Role.Town or Role.Address).ToList();
        foreach (var b in places.ToList())
        {
            foreach (var a in places)
            {
                if (a == b || roles[b] == Role.Skip || roles[a] == Role.Skip) continue;
                if (Determines(samples[a], samples[b]) && Distinct(samples[a]) > Distinct(samples[b]))
                {
                    roles[b] = Role.Skip;
                    notes.Add($"{b}: not compared, because {a} determines it (each {a} value goes with one {b} value): comparing both would count the same evidence twice.");
                    break;
                }
            }
        }
    }

    // The share of records whose b value is the most common b value for their a value.
    private static bool Determines(List<string?> a, List<string?> b)
    {
        var groups = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var n = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(a[i]) || string.IsNullOrWhiteSpace(b[i])) continue;
            var key = TextFolding.Fold(a[i]!);
            if (!groups.TryGetValue(key, out var counts)) groups[key] = counts = new(StringComparer.Ordinal);
            var value = TextFolding.Fold(b[i]!);
            counts[value] = counts.GetValueOrDefault(value) + 1;
            n++;
        }
        return n >= 50 && (double)groups.Values.Sum(g => g.Values.Max()) / n >= Determined;
    }

    private static int Distinct(List<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => TextFolding.Fold(v!)).Distinct(StringComparer.Ordinal).Count();
}
