namespace FocalPoint.Risk.Assessment;

/// <summary>
/// How an assessment's inputs are combined: the rule by name and version (an assessment keeps the version it was
/// scored with, so a later rule never silently rescores it), the scale, the bands, and the rule's parameters.
/// </summary>
/// <param name="Rule">"matrix", "product" or "weighted-sum".</param>
/// <param name="RuleVersion">The version of the rule; see <see cref="CombinationRules"/>.</param>
/// <param name="Scale">The scale every input is given on.</param>
/// <param name="Bands">Score bands for the level.</param>
/// <param name="Weights">Weighted sum only: weights of magnitude, likelihood, vulnerability, impact.</param>
/// <param name="Matrix">Matrix only: the level table; null uses the rounded-up mean of row and column.</param>
public sealed record AssessmentModel(
    string Rule,
    int RuleVersion,
    RiskScale Scale,
    RiskBands Bands,
    IReadOnlyList<double>? Weights = null,
    LevelMatrix? Matrix = null)
{
    /// <summary>A model on the 1-5 scale with quarter bands.</summary>
    public static AssessmentModel OneToFive(string rule, int version = 1, IReadOnlyList<double>? weights = null) =>
        new(rule, version, RiskScale.OneToFive, RiskBands.Quarters, weights);
}
