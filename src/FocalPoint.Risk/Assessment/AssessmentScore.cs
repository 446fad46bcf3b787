namespace FocalPoint.Risk.Assessment;

/// <summary>The combined risk of an assessment, with the rule that produced it and each step of the computation.</summary>
/// <param name="Score">Risk in [0, 1].</param>
/// <param name="Level">The band of <paramref name="Score"/>.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="RuleVersion">Rule version.</param>
/// <param name="Steps">Culture-invariant lines such as "threat = matrix[4, 3] = 4", for the rationale page.</param>
public sealed record AssessmentScore(double Score, RiskLevel Level, string Rule, int RuleVersion, IReadOnlyList<string> Steps);

/// <summary>Why inputs or a model could not be scored.</summary>
public sealed class AssessmentException(string message) : Exception(message);
