using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;

namespace FocalPoint.Application.Risk.Assessments;

/// <summary>One CIRAM input as the analyst gives it: the value on the scale, why, and on what evidence.</summary>
public sealed record RatedInput(int Value, string? Rationale, string? Evidence);

/// <summary>
/// An assessment as the analyst writes it; <see cref="AssessmentKey"/> empty starts a new assessment, otherwise
/// this becomes the key's next version.
/// </summary>
public sealed record AssessmentInput(
    string? AssessmentKey,
    string? Title,
    AssessmentSubject Subject,
    int? CrossingPointId,
    int? MunicipalityId,
    string? SubjectText,
    string Rule,
    int RuleVersion,
    int ScaleMax,
    RatedInput Magnitude,
    RatedInput Likelihood,
    RatedInput Vulnerability,
    RatedInput Impact,
    IReadOnlyList<double>? Weights = null,
    HandlingCode HandlingCode = HandlingCode.H0);
