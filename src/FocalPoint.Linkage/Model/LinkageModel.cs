using System.Text.Json;

namespace FocalPoint.Linkage;

/// <summary>
/// A trained Fellegi-Sunter model: for each comparison and level, m (the chance of that level among
/// true matches) and u (among non-matches), plus the prior chance that two random records match.
/// Serialise with <see cref="ToJson"/> to store it beside the settings.
/// </summary>
public sealed class LinkageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Per comparison, in settings order.</summary>
    public List<ComparisonModel> Comparisons { get; set; } = [];

    /// <summary>Prior probability that two records drawn at random are the same entity.</summary>
    public double PriorMatchProbability { get; set; }

    /// <summary>Labelled pairs that contributed to m.</summary>
    public int LabelledPairs { get; set; }

    /// <summary>EM on each blocking rule: starts, iterations, likelihood (empty for a model from labels only or an older file).</summary>
    public List<TrainingRun> Training { get; set; } = [];

    /// <summary>Comparisons found to carry overlapping evidence when the model was trained.</summary>
    public List<DependenceReport> DependentFields { get; set; } = [];

    /// <summary>Writes the model as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    public static LinkageModel FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<LinkageModel>(json, Json) ?? throw new LinkageException("The model file is empty.");
        }
        catch (JsonException e)
        {
            throw new LinkageException($"The model file is not valid JSON: {e.Message}", e);
        }
    }
}

/// <summary>m and u for each level of one comparison.</summary>
public sealed class ComparisonModel
{
    /// <summary>The comparison's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>For a comparison of two fields combined into one, the names of the two; null otherwise.</summary>
    public List<string>? Combines { get; set; }

    /// <summary>Levels from exact to else.</summary>
    public List<LevelModel> Levels { get; set; } = [];
}

/// <summary>One comparison level.</summary>
public sealed class LevelModel
{
    /// <summary>Human-readable level, such as "jaro-winkler &gt;= 0.92".</summary>
    public string Label { get; set; } = "";

    /// <summary>P(level | match).</summary>
    public double M { get; set; }

    /// <summary>P(level | non-match).</summary>
    public double U { get; set; }

    /// <summary>log2(m/u): the weight this level adds to a pair's match weight (log2 of its Bayes factor).</summary>
    public double Weight => Math.Log2(M / U);

    /// <summary>m/u: how many times likelier this level is among matches than among non-matches.</summary>
    public double BayesFactor => M / U;
}
