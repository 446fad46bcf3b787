using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Assessment;

namespace FocalPoint.Application.Risk.Assessments;

/// <summary>Between the stored assessment and the pure CIRAM engine: the model and inputs it scores.</summary>
public static class AssessmentScoring
{
    /// <summary>The smallest and largest top of the 1-to-N scale an assessment may use.</summary>
    public const int MinScaleMax = 3;
    public const int MaxScaleMax = 10;

    public static AssessmentModel Model(string rule, int ruleVersion, int scaleMax, IReadOnlyList<double>? weights) =>
        new(rule, ruleVersion, new RiskScale(1, scaleMax), RiskBands.Quarters, rule == "weighted-sum" ? weights : null);

    public static AssessmentModel Model(RiskAssessmentVersion a) =>
        Model(a.Rule, a.RuleVersion, a.ScaleMax, [a.WeightMagnitude, a.WeightLikelihood, a.WeightVulnerability, a.WeightImpact]);

    public static AssessmentInputs Inputs(RiskAssessmentVersion a) => new(a.Magnitude, a.Likelihood, a.Vulnerability, a.Impact);

    /// <summary>The level table the matrix rule uses for this assessment (the page draws it).</summary>
    public static LevelMatrix Matrix(int scaleMax) => LevelMatrix.RoundedUpMean(new RiskScale(1, scaleMax));
}
