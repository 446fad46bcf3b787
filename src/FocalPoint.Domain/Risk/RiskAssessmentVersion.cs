using FocalPoint.Domain.Common;
using FocalPoint.Domain.Incidents;

namespace FocalPoint.Domain.Risk;

/// <summary>What a CIRAM assessment is about.</summary>
public enum AssessmentSubject
{
    CrossingPoint,
    GreenBorderSection,
    Route,
    Commodity,
}

/// <summary>
/// One version of a CIRAM 2.0 assessment: threat (magnitude, likelihood), vulnerability and impact on the model's
/// scale, each with its rationale and evidence, scored by a named and versioned combination rule. A version is never
/// edited: a change is the next version, so the history and the comparison of versions show what moved and why.
/// The score is stored with the steps that produced it, as the rule version computed them then.
/// </summary>
public class RiskAssessmentVersion : AuditableEntity
{
    public const int MaxKeyLength = 20;
    public const int MaxTitleLength = 200;
    public const int MaxSubjectLength = 200;
    public const int MaxRationaleLength = 4_000;
    public const int MaxEvidenceLength = 2_000;
    public const int MaxStepsLength = 2_000;

    /// <summary>Stable key across versions, e.g. "A004".</summary>
    public string AssessmentKey { get; set; } = "";

    /// <summary>Version number within the key, from 1.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";
    public AssessmentSubject Subject { get; set; }

    /// <summary>The crossing point assessed, when <see cref="Subject"/> is a crossing point.</summary>
    public int? CrossingPointId { get; set; }

    /// <summary>The municipality a green-border section lies in (its registry figures come from there).</summary>
    public int? MunicipalityId { get; set; }

    /// <summary>The section, route or commodity as the analyst names it; empty for a crossing point.</summary>
    public string SubjectText { get; set; } = "";

    public string Rule { get; set; } = "";
    public int RuleVersion { get; set; }

    /// <summary>Top of the 1-to-N scale every input is given on.</summary>
    public int ScaleMax { get; set; } = 5;

    /// <summary>Weighted sum only: weights of magnitude, likelihood, vulnerability and impact.</summary>
    public double WeightMagnitude { get; set; } = 1;
    public double WeightLikelihood { get; set; } = 1;
    public double WeightVulnerability { get; set; } = 1;
    public double WeightImpact { get; set; } = 1;

    public int Magnitude { get; set; }
    public string MagnitudeRationale { get; set; } = "";
    public string MagnitudeEvidence { get; set; } = "";
    public int Likelihood { get; set; }
    public string LikelihoodRationale { get; set; } = "";
    public string LikelihoodEvidence { get; set; } = "";
    public int Vulnerability { get; set; }
    public string VulnerabilityRationale { get; set; } = "";
    public string VulnerabilityEvidence { get; set; } = "";
    public int Impact { get; set; }
    public string ImpactRationale { get; set; } = "";
    public string ImpactEvidence { get; set; } = "";

    /// <summary>Combined risk in [0, 1].</summary>
    public double Score { get; set; }

    /// <summary>The band of the score: 0 low, 1 medium, 2 high, 3 critical.</summary>
    public int Level { get; set; }

    /// <summary>The rule's computation, one culture-invariant line per step.</summary>
    public string Steps { get; set; } = "";

    public HandlingCode HandlingCode { get; set; } = HandlingCode.H0;
    public DateOnly AssessedOn { get; set; }
    public string AssessedBy { get; set; } = "";
}
