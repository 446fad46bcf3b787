using System.Numerics;
using System.Runtime.InteropServices;
using FocalPoint.Risk.Profiles;

namespace FocalPoint.Risk.Screening;

/// <summary>
/// What one field value, hour or cargo word adds to every profile's score. Real profile sets overlap: a vehicle type or
/// an hour is an indicator of dozens of profiles at once, so such a value is kept as a whole row of weights (one slot
/// per profile) and added with vector instructions; a value that few profiles use stays a short list.
/// </summary>
internal sealed class ProfileWeights
{
    private ProfileWeights(int[] profiles, double[] weights, double[]? row) => (Profiles, Weights, Row) = (profiles, weights, row);

    /// <summary>The profiles this value scores for, with their weights (used when the list is short).</summary>
    public int[] Profiles { get; }

    public double[] Weights { get; }

    /// <summary>The same weights as one row of <see cref="FirstPassScores.Width"/> slots, or null for a short list.</summary>
    public double[]? Row { get; }

    public static ProfileWeights From(List<Contribution> contributions, int width)
    {
        var profiles = contributions.Select(c => c.Profile).ToArray();
        var weights = contributions.Select(c => c.Weight).ToArray();
        // A row costs width / lanes additions whatever it holds; below that many entries the list is cheaper.
        if (contributions.Count < width / Vector<double>.Count) return new ProfileWeights(profiles, weights, null);
        var row = new double[width];
        foreach (var c in contributions) row[c.Profile] += c.Weight;
        return new ProfileWeights(profiles, weights, row);
    }
}

/// <summary>
/// The first pass of screening: every profile's score for one record, only to learn whether any profile reaches its
/// threshold (most records do not; the reasons are worked out in a second pass for the few that do). Scores are summed
/// in another order than the second pass sums them, so the comparison allows for rounding (<see cref="ScoreRounding"/>):
/// a record that only seems to reach a threshold here is dropped by the second pass's exact check, and none that
/// reaches it is missed.
/// </summary>
internal sealed class FirstPassScores
{
    private readonly double[] scores;
    private readonly double[] limits;

    public FirstPassScores(IReadOnlyList<double> thresholds)
    {
        Width = WidthFor(thresholds.Count);
        scores = new double[Width];
        limits = new double[Width];
        Array.Fill(limits, double.PositiveInfinity);
        for (var p = 0; p < thresholds.Count; p++) limits[p] = thresholds[p] - ScoreRounding.Margin;
    }

    /// <summary>Slots per row: the profile count rounded up to whole vectors.</summary>
    public int Width { get; }

    public static int WidthFor(int profiles) => (profiles + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;

    // Fill, not Array.Clear: for a row this short, clearing goes through a general memory routine several times slower.
    public void Clear() => scores.AsSpan().Fill(0);

    public void Add(int profile, double weight) => scores[profile] += weight;

    public void Add(ProfileWeights weights)
    {
        if (weights.Row is null)
        {
            var profiles = weights.Profiles;
            var w = weights.Weights;
            for (var i = 0; i < profiles.Length; i++) scores[profiles[i]] += w[i];
            return;
        }
        var into = MemoryMarshal.Cast<double, Vector<double>>(scores.AsSpan());
        var from = MemoryMarshal.Cast<double, Vector<double>>(weights.Row.AsSpan());
        for (var i = 0; i < into.Length; i++) into[i] += from[i];
    }

    /// <summary>Whether any profile's score reaches its threshold (within the rounding margin).</summary>
    public bool AnyAtThreshold()
    {
        var s = MemoryMarshal.Cast<double, Vector<double>>(scores.AsSpan());
        var t = MemoryMarshal.Cast<double, Vector<double>>(limits.AsSpan());
        for (var i = 0; i < s.Length; i++) if (Vector.GreaterThanOrEqualAny(s[i], t[i])) return true;
        return false;
    }
}
