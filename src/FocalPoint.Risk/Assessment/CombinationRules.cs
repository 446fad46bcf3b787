using System.Globalization;

namespace FocalPoint.Risk.Assessment;

/// <summary>
/// CIRAM 2.0 defines risk through threat, vulnerability and impact but prescribes no formula, so the formulas are
/// named and versioned here. A version, once released, never changes: a new formula is a new version, and every
/// stored assessment is rescored with the version it names.
/// </summary>
public static class CombinationRules
{
    private delegate double Rule(AssessmentModel model, AssessmentInputs inputs, List<string> steps);

    private static readonly Dictionary<(string, int), Rule> Rules = new()
    {
        [("matrix", 1)] = Matrix,
        [("product", 1)] = Product,
        [("product", 2)] = GeometricMean,
        [("weighted-sum", 1)] = WeightedSum,
    };

    /// <summary>Every rule and version that can score, e.g. "product/2".</summary>
    public static IEnumerable<(string Rule, int Version)> Known => Rules.Keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2);

    /// <summary>The newest version of a rule, or 0 when the rule is unknown.</summary>
    public static int Latest(string rule) => Rules.Keys.Where(k => k.Item1 == rule).Select(k => k.Item2).DefaultIfEmpty(0).Max();

    /// <summary>Scores inputs under a model; throws <see cref="AssessmentException"/> naming what is wrong.</summary>
    public static AssessmentScore Score(AssessmentModel model, AssessmentInputs inputs)
    {
        var problem = Check(model, inputs);
        if (problem is not null) throw new AssessmentException(problem);
        var steps = new List<string>();
        var score = Math.Clamp(Rules[(model.Rule, model.RuleVersion)](model, inputs, steps), 0.0, 1.0);
        return new AssessmentScore(score, model.Bands.LevelOf(score), model.Rule, model.RuleVersion, steps);
    }

    /// <summary>The first reason the model cannot score the inputs, or null.</summary>
    public static string? Check(AssessmentModel model, AssessmentInputs inputs)
    {
        if (!Rules.ContainsKey((model.Rule, model.RuleVersion)))
            return $"Unknown combination rule '{model.Rule}/{model.RuleVersion}'. Known: {string.Join(", ", Known.Select(k => $"{k.Rule}/{k.Version}"))}.";
        if (model.Scale.Max <= model.Scale.Min) return "The scale's top must lie above its bottom.";
        if (model.Scale.Min < 0) return "The scale must not go below zero.";
        foreach (var (name, value) in inputs.Named())
        {
            if (!model.Scale.Contains(value)) return $"The {name} {value} lies outside the scale {model.Scale.Min}-{model.Scale.Max}.";
        }
        if (model.Rule == "weighted-sum" && (model.Weights is not { Count: 4 } w || w.Any(x => x < 0 || double.IsNaN(x)) || w.Sum() <= 0))
            return "The weighted sum needs four weights (magnitude, likelihood, vulnerability, impact), none negative, not all zero.";
        if (model.Matrix is { } m && m.Scale != model.Scale) return "The matrix must be on the model's scale.";
        return null;
    }

    // Threat from magnitude and likelihood, exposure from threat and vulnerability, risk from exposure and impact.
    private static double Matrix(AssessmentModel model, AssessmentInputs x, List<string> steps)
    {
        var table = model.Matrix ?? LevelMatrix.RoundedUpMean(model.Scale);
        var threat = table[x.Magnitude, x.Likelihood];
        var exposure = table[threat, x.Vulnerability];
        var risk = table[exposure, x.Impact];
        steps.Add(Line($"threat = matrix[magnitude {x.Magnitude}, likelihood {x.Likelihood}] = {threat}"));
        steps.Add(Line($"exposure = matrix[threat {threat}, vulnerability {x.Vulnerability}] = {exposure}"));
        steps.Add(Line($"risk level = matrix[exposure {exposure}, impact {x.Impact}] = {risk}"));
        var score = model.Scale.Position(risk);
        steps.Add(Line($"score = ({risk} - {model.Scale.Min}) / ({model.Scale.Max} - {model.Scale.Min}) = {score:0.####}"));
        return score;
    }

    // Each input as a share of the scale's top, multiplied: one low input keeps the risk low.
    private static double Product(AssessmentModel model, AssessmentInputs x, List<string> steps)
    {
        var product = x.Named().Aggregate(1.0, (acc, i) => acc * model.Scale.ShareOfTop(i.Value));
        steps.Add(Line($"score = {x.Magnitude}/{model.Scale.Max} × {x.Likelihood}/{model.Scale.Max} × {x.Vulnerability}/{model.Scale.Max} × {x.Impact}/{model.Scale.Max} = {product:0.####}"));
        return product;
    }

    // Version 2: the fourth root of the product, so that four middling inputs give a middling score.
    private static double GeometricMean(AssessmentModel model, AssessmentInputs x, List<string> steps)
    {
        var product = Product(model, x, steps);
        var score = Math.Pow(product, 0.25);
        steps.Add(Line($"score = {product:0.####} ^ (1/4) = {score:0.####}"));
        return score;
    }

    private static double WeightedSum(AssessmentModel model, AssessmentInputs x, List<string> steps)
    {
        var w = model.Weights!;
        var values = x.Named().Select(i => model.Scale.Position(i.Value)).ToArray();
        var sum = 0.0;
        for (var i = 0; i < 4; i++) sum += w[i] * values[i];
        var score = sum / w.Sum();
        steps.Add(Line($"score = ({w[0]}×{values[0]:0.##} + {w[1]}×{values[1]:0.##} + {w[2]}×{values[2]:0.##} + {w[3]}×{values[3]:0.##}) / {w.Sum()} = {score:0.####}"));
        return score;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
