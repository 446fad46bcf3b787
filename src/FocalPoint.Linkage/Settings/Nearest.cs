using FocalPoint.Linkage.Comparison;

namespace FocalPoint.Linkage;

/// <summary>The known name closest to a misspelt one ("matchTreshold" → "matchThreshold"), if any is close enough.</summary>
internal static class Nearest
{
    public static string? Of(string name, IEnumerable<string> known)
    {
        var lower = name.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known)
        {
            var d = DamerauLevenshtein.Distance(lower, k.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (k, d);
        }
        // A third of the name may be wrong; beyond that the suggestion is a guess that misleads.
        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }
}
