namespace FocalPoint.Application.Indicators.Statistics;

public enum SpotKind
{
    NotSignificant,
    Hot,
    Cold,
}

/// <summary>The Gi* z-score of one area and what it says at the 5 % level (two-sided).</summary>
public sealed record Spot(int Area, double Z, SpotKind Kind);

/// <summary>
/// Getis-Ord Gi* (Getis and Ord 1992; Ord and Getis 1995) with binary contiguity weights, the area itself included:
/// for each area, is the sum of values over it and its neighbours far from what the mean over all areas would give?
/// Pure computation, no data access; see ADR 0021 for the method's limits on 38 municipalities.
/// </summary>
public static class GetisOrd
{
    /// <summary>|z| above this is significant at the 5 % level, two-sided.</summary>
    public const double Critical = 1.959964;

    /// <param name="values">One value per area (index = area).</param>
    /// <param name="neighbours">For each area, the indexes of the areas bordering it (symmetric, without itself).</param>
    public static IReadOnlyList<Spot> Compute(IReadOnlyList<double> values, IReadOnlyList<IReadOnlyCollection<int>> neighbours)
    {
        var n = values.Count;
        if (n < 3 || neighbours.Count != n)
        {
            throw new ArgumentException("Gi* needs at least three areas and a neighbour list for each.", nameof(neighbours));
        }

        var mean = values.Average();
        var s = Math.Sqrt((values.Sum(x => x * x) / n) - (mean * mean));
        var spots = new Spot[n];
        for (var i = 0; i < n; i++)
        {
            // Binary weights with w_ii = 1: the sum of weights and the sum of squared weights are both k_i + 1.
            var w = neighbours[i].Count + 1.0;
            var local = values[i] + neighbours[i].Sum(j => values[j]);
            var denominator = s * Math.Sqrt(((n * w) - (w * w)) / (n - 1));
            var z = denominator == 0 ? 0 : (local - (mean * w)) / denominator;
            spots[i] = new Spot(i, z, z >= Critical ? SpotKind.Hot : z <= -Critical ? SpotKind.Cold : SpotKind.NotSignificant);
        }

        return spots;
    }
}
