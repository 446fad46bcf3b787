using FocalPoint.Application.Risk.Assessments;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Incidents;
using FocalPoint.Domain.Risk;
using FocalPoint.Risk.Assessment;

namespace FocalPoint.Application.Demo;

/// <summary>
/// Demo CIRAM assessments: every crossing point, two green-border sections, a route and a commodity, some with an
/// earlier version, so that the matrix, the map and the comparison of versions have something to show. Scores are
/// computed by the same rules as a saved assessment. A random stream of their own leaves the registry's data unchanged.
/// </summary>
internal sealed class AssessmentDemoFactory(ReferenceDataSet reference, int seed)
{
    private static readonly DateOnly Present = new(2026, 11, 30);
    private static readonly string[] Rationales =
    [
        "Seizures at or near this point over the last year (synthetic demo rationale).",
        "Smuggling routes reported by the partner service remain active (synthetic).",
        "Second-line capacity is thin on night shifts and weekends (synthetic).",
        "Automatic weapons and explosives would reach organised crime groups (synthetic).",
    ];

    private readonly Random random = new(seed ^ 0xC1AA);

    public List<RiskAssessmentVersion> Generate()
    {
        var versions = new List<RiskAssessmentVersion>();
        var key = 0;
        foreach (var point in reference.CrossingPoints.OrderBy(c => c.Id))
        {
            Add(versions, ++key, $"{point.Code}: FAE smuggling through the crossing point", AssessmentSubject.CrossingPoint, point.Id, null, "");
        }

        var borderMunicipalities = reference.CrossingPoints.Where(c => c.NeighbourCountry is not null).Select(c => c.MunicipalityId).Distinct().Order().Take(2);
        foreach (var municipality in borderMunicipalities)
        {
            Add(versions, ++key, "Green border: footpaths between the crossing points", AssessmentSubject.GreenBorderSection, null, municipality, $"Section {municipality}-A (synthetic)");
        }

        Add(versions, ++key, "Western Balkans route: ammunition by coach", AssessmentSubject.Route, null, null, "Tirana – Prizren – Prishtina coach line (synthetic)");
        Add(versions, ++key, "Converted alarm pistols", AssessmentSubject.Commodity, null, null, "Converted gas and alarm pistols (synthetic)");
        return versions;
    }

    private void Add(List<RiskAssessmentVersion> versions, int key, string title, AssessmentSubject subject, int? crossingPoint, int? municipality, string text)
    {
        var count = 1 + random.Next(3) / 2;
        var day = Present.AddDays(-400 - random.Next(100));
        int[] inputs = [1 + random.Next(5), 1 + random.Next(5), 1 + random.Next(5), 2 + random.Next(4)];
        for (var number = 1; number <= count; number++)
        {
            var rule = number == 1 ? ("matrix", 1) : ("product", 2);
            var model = AssessmentScoring.Model(rule.Item1, rule.Item2, 5, null);
            var score = CombinationRules.Score(model, new AssessmentInputs(inputs[0], inputs[1], inputs[2], inputs[3]));
            versions.Add(new RiskAssessmentVersion
            {
                Id = versions.Count + 1, AssessmentKey = $"A{key:D3}", Number = number, Title = title, Subject = subject,
                CrossingPointId = crossingPoint, MunicipalityId = municipality, SubjectText = text, Rule = rule.Item1, RuleVersion = rule.Item2,
                ScaleMax = 5, Magnitude = inputs[0], MagnitudeRationale = Rationales[0], Likelihood = inputs[1], LikelihoodRationale = Rationales[1],
                Vulnerability = inputs[2], VulnerabilityRationale = Rationales[2], Impact = inputs[3], ImpactRationale = Rationales[3],
                MagnitudeEvidence = "Registry: border incidents of the period (synthetic).", LikelihoodEvidence = "", VulnerabilityEvidence = "", ImpactEvidence = "",
                Score = score.Score, Level = (int)score.Level, Steps = string.Join("\n", score.Steps), HandlingCode = HandlingCode.H1,
                AssessedOn = day, AssessedBy = "analyst", CreatedAtUtc = day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), CreatedBy = "analyst", Version = 1,
            });
            // The next version moves one input, as a reassessment after new detections would.
            inputs[1] = Math.Clamp(inputs[1] + (random.Next(2) == 0 ? 1 : -1), 1, 5);
            day = day.AddDays(120 + random.Next(120));
        }
    }
}
