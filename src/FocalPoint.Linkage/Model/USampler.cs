using FocalPoint.Linkage.Data;

namespace FocalPoint.Linkage.Model;

/// <summary>
/// Random pairs: nearly all are non-matches, so the share of each level among them estimates u = P(level | non-match).
/// Kept as a histogram of whole patterns, so the same sample also shows which fields agree together (town and
/// postcode) and gives u for fields combined later. The seed makes training repeatable.
/// </summary>
internal static class USampler
{
    public static Dictionary<int, double> Sample(PreparedData data, PatternCodec codec, int samples, int seed)
    {
        var histogram = new Dictionary<int, double>();
        var random = new Random(seed);
        var n = data.Count;
        var drawn = 0;
        for (var attempt = 0; drawn < samples && attempt < samples * 4L; attempt++)
        {
            var a = random.Next(n);
            var b = random.Next(n);
            if (a == b || !data.Allowed(a, b)) continue;
            drawn++;
            var pattern = codec.Encode(data.Comparisons, a, b);
            histogram[pattern] = histogram.GetValueOrDefault(pattern) + 1;
        }
        return histogram;
    }

    /// <summary>u per comparison and level from the sampled patterns.</summary>
    public static double[][] Marginals(Dictionary<int, double> histogram, PatternCodec codec, PreparedComparison[] comparisons)
    {
        var counts = comparisons.Select(c => new double[c.LevelCount]).ToArray();
        foreach (var (pattern, count) in histogram)
        {
            for (var k = 0; k < counts.Length; k++)
            {
                var level = codec.Level(pattern, k);
                if (level >= 0) counts[k][level] += count;
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
