using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>
/// u probabilities from random pairs: nearly all random pairs are non-matches, so the share of each
/// level among them estimates P(level | non-match). The seed makes training repeatable.
/// </summary>
internal static class USampler
{
    public static double[][] Estimate(PreparedData data, int samples, int seed)
    {
        var counts = data.Comparisons.Select(c => new double[c.LevelCount]).ToArray();
        var random = new Random(seed);
        var n = data.Count;
        var drawn = 0;
        for (var attempt = 0; drawn < samples && attempt < samples * 4L; attempt++)
        {
            var a = random.Next(n);
            var b = random.Next(n);
            if (a == b || !data.Allowed(a, b)) continue;
            drawn++;
            for (var k = 0; k < counts.Length; k++)
            {
                var level = data.Comparisons[k].Level(a, b);
                if (level >= 0) counts[k][level]++;
            }
        }
        return [.. counts.Select(Probabilities)];
    }

    // Levels never seen in the sample get half a count: a zero u would make a weight infinite.
    private static double[] Probabilities(double[] counts)
    {
        var total = counts.Sum() + counts.Length * 0.5;
        return [.. counts.Select(c => (c + 0.5) / total)];
    }
}
