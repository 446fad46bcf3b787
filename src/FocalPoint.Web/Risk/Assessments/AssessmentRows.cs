using FocalPoint.Domain.Risk;

namespace FocalPoint.Web.Risk.Assessments;

/// <summary>The four CIRAM inputs of a stored version as rows, in the order CIRAM lists them (names are resource suffixes).</summary>
internal static class AssessmentRows
{
    public static IEnumerable<(string Name, int Value, string Rationale, string Evidence)> Of(RiskAssessmentVersion a)
    {
        yield return ("Magnitude", a.Magnitude, a.MagnitudeRationale, a.MagnitudeEvidence);
        yield return ("Likelihood", a.Likelihood, a.LikelihoodRationale, a.LikelihoodEvidence);
        yield return ("Vulnerability", a.Vulnerability, a.VulnerabilityRationale, a.VulnerabilityEvidence);
        yield return ("Impact", a.Impact, a.ImpactRationale, a.ImpactEvidence);
    }
}
