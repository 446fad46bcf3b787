using System.Globalization;
using FocalPoint.Application.Common;
using FocalPoint.Application.Security;
using FocalPoint.Data;
using FocalPoint.Data.Auditing;
using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Assessment;
using Microsoft.EntityFrameworkCore;

namespace FocalPoint.Application.Risk.Assessments;

/// <summary>
/// Saves an assessment as a new version (a version is never edited) and scores it with the rule version it names.
/// Every input needs a rationale; a subject needs what it is about (a crossing point, a municipality for a
/// green-border section, a name for a route or commodity). Nothing is saved when anything is refused.
/// </summary>
public sealed class SaveRiskAssessment(FocalPointDbContext db, IAccessContext accessContext, IAuditLog audit, TimeProvider time)
{
    public async Task<CommandResult<string>> HandleAsync(AssessmentInput input, CancellationToken cancellationToken = default)
    {
        var access = await accessContext.GetAsync(cancellationToken);
        if (!access.Holds(Capabilities.RiskAnalysis)) return CommandResult<string>.Missing();

        var errors = new ValidationErrors();
        TextRules.Check(errors, nameof(input.Title), input.Title, RiskAssessmentVersion.MaxTitleLength, required: true);
        await CheckSubjectAsync(input, errors, cancellationToken);
        if (input.ScaleMax is < AssessmentScoring.MinScaleMax or > AssessmentScoring.MaxScaleMax)
            errors.Add(nameof(input.ScaleMax), Messages.Between, AssessmentScoring.MinScaleMax, AssessmentScoring.MaxScaleMax);
        foreach (var (field, rated) in Named(input))
        {
            TextRules.Check(errors, field + "Rationale", rated.Rationale, RiskAssessmentVersion.MaxRationaleLength, required: true, multiline: true);
            TextRules.Check(errors, field + "Evidence", rated.Evidence, RiskAssessmentVersion.MaxEvidenceLength, multiline: true);
            if (rated.Value < 1 || rated.Value > input.ScaleMax) errors.Add(field, Messages.Between, 1, input.ScaleMax);
        }

        AssessmentScore? score = null;
        if (errors.IsEmpty)
        {
            var model = AssessmentScoring.Model(input.Rule, input.RuleVersion, input.ScaleMax, input.Weights);
            var inputs = new AssessmentInputs(input.Magnitude.Value, input.Likelihood.Value, input.Vulnerability.Value, input.Impact.Value);
            if (CombinationRules.Check(model, inputs) is { } problem) errors.Add(nameof(input.Rule), RiskMessages.AssessmentRefused, problem);
            else score = CombinationRules.Score(model, inputs);
        }

        var key = string.IsNullOrWhiteSpace(input.AssessmentKey) ? null : input.AssessmentKey.Trim();
        var number = 1;
        if (key is not null)
        {
            var last = await db.RiskAssessments.Where(a => a.AssessmentKey == key).MaxAsync(a => (int?)a.Number, cancellationToken);
            if (last is null) return CommandResult<string>.Missing();
            number = last.Value + 1;
        }
        if (!errors.IsEmpty || score is null) return CommandResult<string>.Invalid(errors);

        key ??= "A" + (await db.RiskAssessments.Select(a => a.AssessmentKey).Distinct().CountAsync(cancellationToken) + 1).ToString("D3", CultureInfo.InvariantCulture);
        var weights = input.Weights is { Count: 4 } w ? w : [1, 1, 1, 1];
        var version = new RiskAssessmentVersion
        {
            AssessmentKey = key, Number = number, Title = input.Title!.Trim(), Subject = input.Subject,
            CrossingPointId = input.Subject == AssessmentSubject.CrossingPoint ? input.CrossingPointId : null,
            MunicipalityId = input.Subject == AssessmentSubject.GreenBorderSection ? input.MunicipalityId : null,
            SubjectText = input.Subject == AssessmentSubject.CrossingPoint ? "" : input.SubjectText!.Trim(),
            Rule = input.Rule, RuleVersion = input.RuleVersion, ScaleMax = input.ScaleMax,
            WeightMagnitude = weights[0], WeightLikelihood = weights[1], WeightVulnerability = weights[2], WeightImpact = weights[3],
            Magnitude = input.Magnitude.Value, MagnitudeRationale = Text(input.Magnitude.Rationale), MagnitudeEvidence = Text(input.Magnitude.Evidence),
            Likelihood = input.Likelihood.Value, LikelihoodRationale = Text(input.Likelihood.Rationale), LikelihoodEvidence = Text(input.Likelihood.Evidence),
            Vulnerability = input.Vulnerability.Value, VulnerabilityRationale = Text(input.Vulnerability.Rationale), VulnerabilityEvidence = Text(input.Vulnerability.Evidence),
            Impact = input.Impact.Value, ImpactRationale = Text(input.Impact.Rationale), ImpactEvidence = Text(input.Impact.Evidence),
            Score = score.Score, Level = (int)score.Level, Steps = string.Join("\n", score.Steps),
            HandlingCode = input.HandlingCode, AssessedOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), AssessedBy = access.UserName,
        };
        db.RiskAssessments.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditAction.Collect, "RiskAssessment", [$"RiskAssessment/{version.Id}"],
            Detail: string.Create(CultureInfo.InvariantCulture, $"assessed {key} v{number}: {score.Level} ({score.Score:0.###}) by {score.Rule}/{score.RuleVersion}")), cancellationToken);
        return CommandResult<string>.Ok(key);
    }

    private async Task CheckSubjectAsync(AssessmentInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        switch (input.Subject)
        {
            case AssessmentSubject.CrossingPoint:
                if (input.CrossingPointId is not { } cp || !await db.CrossingPoints.AnyAsync(c => c.Id == cp, cancellationToken))
                    errors.Add(nameof(input.CrossingPointId), Messages.Required);
                break;
            case AssessmentSubject.GreenBorderSection:
                if (input.MunicipalityId is not { } m || !await db.Municipalities.AnyAsync(x => x.Id == m, cancellationToken))
                    errors.Add(nameof(input.MunicipalityId), Messages.Required);
                TextRules.Check(errors, nameof(input.SubjectText), input.SubjectText, RiskAssessmentVersion.MaxSubjectLength, required: true);
                break;
            default:
                TextRules.Check(errors, nameof(input.SubjectText), input.SubjectText, RiskAssessmentVersion.MaxSubjectLength, required: true);
                break;
        }
    }

    private static IEnumerable<(string Field, RatedInput Rated)> Named(AssessmentInput input)
    {
        yield return (nameof(input.Magnitude), input.Magnitude);
        yield return (nameof(input.Likelihood), input.Likelihood);
        yield return (nameof(input.Vulnerability), input.Vulnerability);
        yield return (nameof(input.Impact), input.Impact);
    }

    private static string Text(string? value) => value?.Trim() ?? "";
}
