namespace FocalPoint.Linkage;

/// <summary>
/// The waterfall behind one pair's score: the prior, then each field's contribution, summing to
/// <see cref="MatchWeight"/>. What the review screen shows an analyst.
/// </summary>
/// <param name="LeftId">One record's id.</param>
/// <param name="RightId">The other record's id.</param>
/// <param name="PriorWeight">log2 of the prior odds that two random records match.</param>
/// <param name="Fields">One entry per comparison, in settings order.</param>
/// <param name="MatchWeight">PriorWeight plus every field's Weight and TermFrequencyAdjustment.</param>
/// <param name="Probability">2^MatchWeight / (1 + 2^MatchWeight).</param>
public sealed record PairExplanation(string LeftId, string RightId, double PriorWeight,
    IReadOnlyList<FieldContribution> Fields, double MatchWeight, double Probability);

/// <summary>One field's part in a pair's score.</summary>
/// <param name="Comparison">The comparison's name.</param>
/// <param name="Level">The level reached, such as "exact" or "jaro-winkler &gt;= 0.92", or "missing".</param>
/// <param name="LeftValue">The left record's normalised value.</param>
/// <param name="RightValue">The right record's normalised value.</param>
/// <param name="M">P(level | match), null when missing.</param>
/// <param name="U">P(level | non-match), null when missing.</param>
/// <param name="Weight">log2(m/u); 0 when a value is missing.</param>
/// <param name="TermFrequencyAdjustment">Extra weight for an exact match on a rare (positive) or common (negative) value.</param>
public sealed record FieldContribution(string Comparison, string Level, string? LeftValue, string? RightValue,
    double? M, double? U, double Weight, double TermFrequencyAdjustment);

/// <summary>A compared pair with its score. Pairs are listed when at or above the review threshold.</summary>
/// <param name="LeftId">One record's id (the one that came first in the input).</param>
/// <param name="RightId">The other record's id.</param>
/// <param name="MatchWeight">log2 of the posterior odds.</param>
/// <param name="Probability">Match probability.</param>
public readonly record struct ScoredPair(string LeftId, string RightId, double MatchWeight, double Probability)
{
    /// <summary>log2 of the Bayes factor: the match weight without the prior, what the fields' evidence says alone.</summary>
    public double BayesFactorWeight { get; init; }

    internal int Left { get; init; }
    internal int Right { get; init; }
    internal int Pattern { get; init; }
}
