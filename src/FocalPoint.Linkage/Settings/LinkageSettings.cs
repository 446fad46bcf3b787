using System.Text.Json;
using System.Text.Json.Serialization;

namespace FocalPoint.Linkage;

/// <summary>
/// What to compare and how: mirrors the JSON settings file of <c>focalpoint link --settings</c>
/// (camelCase property names). Validate against the input's columns with <see cref="Validate"/>.
/// </summary>
public sealed class LinkageSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Settings files are read by people: "surname+first name", not "surname\u002Bfirst name".
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The column that identifies each record uniquely (required).</summary>
    public string UniqueIdColumn { get; set; } = "id";

    /// <summary>The fields compared for each candidate pair.</summary>
    public List<ComparisonSettings> Comparisons { get; set; } = [];

    /// <summary>Rules that choose candidate pairs; a pair found by several rules is compared once.</summary>
    public List<BlockingRuleSettings> BlockingRules { get; set; } = [];

    /// <summary>Blocks larger than this are skipped (and reported) so a common surname cannot explode the run.</summary>
    public int MaxBlockSize { get; set; } = 2000;

    /// <summary>Refuse to start when blocking would produce more candidate pairs than this.</summary>
    public long MaxComparisons { get; set; } = 500_000_000;

    /// <summary>Pairs at or above this match probability are joined into one entity.</summary>
    public double MatchThreshold { get; set; } = 0.9;

    /// <summary>Pairs at or above this probability (and below the match threshold) are kept for review.</summary>
    public double ReviewThreshold { get; set; } = 0.5;

    /// <summary>Random pairs sampled to estimate u probabilities.</summary>
    public int USampleSize { get; set; } = 1_000_000;

    /// <summary>Maximum EM iterations per blocking rule.</summary>
    public int EmIterations { get; set; } = 25;

    /// <summary>Seed for sampling, so that training is repeatable.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>
    /// When true, a value its comparison cannot read (a date such as 19371233) stops the run naming it;
    /// when false (the default) it counts as missing for that field and is reported in <see cref="LinkageResult.BadValues"/>.
    /// </summary>
    public bool StrictValues { get; set; }

    /// <summary>
    /// What to do with comparisons whose agreement goes together among non-matches (a town and its postcode):
    /// "combine" (default) compares them as one field with joint levels, "warn" only reports them, "ignore" does neither.
    /// </summary>
    public string DependentFields { get; set; } = "combine";

    /// <summary>With several sources: "dedupe", "link" (across sources only) or "link-and-dedupe"; null chooses by the number of sources.</summary>
    public string? LinkType { get; set; }

    /// <summary>How matched pairs become entities.</summary>
    public ClusteringSettings Clustering { get; set; } = new();

    /// <summary>Threads for pair generation and scoring; 0 means all cores.</summary>
    public int Parallelism { get; set; }

    /// <summary>The JSON Schema settings files follow (docs/schemas/linkage-settings.schema.json).</summary>
    public static string JsonSchema => SettingsSchema.Text;

    /// <summary>
    /// Reads settings from JSON after checking them against <see cref="JsonSchema"/> and the rules no schema can say
    /// (level order, known comparators and normalisers): the first problem is raised with its code, the others
    /// counted. Use <see cref="SettingsCheck.Check"/> to list them all.
    /// </summary>
    public static LinkageSettings FromJson(string json)
    {
        var problems = SettingsCheck.Check(json);
        if (problems.Count > 0)
        {
            var first = problems[0];
            var more = problems.Count > 1 ? $" ({problems.Count - 1} more problem{(problems.Count > 2 ? "s" : "")}: run `focalpoint link settings check`.)" : "";
            throw new LinkageException(first.Code, first.Message + more, first.Arguments);
        }
        return Parse(json);
    }

    internal static LinkageSettings Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<LinkageSettings>(json, Json)
                ?? throw new LinkageException("The settings file is empty.");
        }
        catch (JsonException e)
        {
            throw new LinkageException($"The settings file is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Writes these settings as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// Checks the settings against the input's column names and throws <see cref="LinkageException"/>
    /// naming the first fault: a missing column, an unknown normaliser or comparator, a rule with no
    /// keys (which would compare everything with everything), a threshold out of range.
    /// </summary>
    public void Validate(IReadOnlyCollection<string> columns) => SettingsValidator.Validate(this, columns);
}

/// <summary>How matched pairs become entities, and the limits an entity must respect.</summary>
public sealed class ClusteringSettings
{
    /// <summary>"components" (every chain of matched pairs is one entity) or "no-chaining" (strongest pairs first, clusters join only with support).</summary>
    public string Method { get; set; } = "components";

    /// <summary>no-chaining: the share of record pairs across two clusters that must be matched pairs for the two to join.</summary>
    public double MinSupport { get; set; } = 0.5;

    /// <summary>No entity larger than this; 0 for no limit. Applies to either method.</summary>
    public int MaxClusterSize { get; set; }

    /// <summary>The sources are each free of duplicates: an entity holds at most one record of each source.</summary>
    public bool OnePerSource { get; set; }

    /// <summary>True when anything beyond plain connected components is asked for.</summary>
    [JsonIgnore]
    public bool Constrained => Method == "no-chaining" || MaxClusterSize > 0 || OnePerSource;
}

/// <summary>One compared field, its normalisers and its comparator with levels.</summary>
public sealed class ComparisonSettings
{
    /// <summary>Name shown in explanations; defaults to the column name.</summary>
    public string? Name { get; set; }

    /// <summary>The input column compared.</summary>
    public string Column { get; set; } = "";

    /// <summary>Normaliser names applied in order (see <see cref="Normalisers.Names"/>).</summary>
    public List<string> Normalisers { get; set; } = [];

    /// <summary>exact, jaro-winkler, damerau-levenshtein, token-set, date, personal-number, numeric or serial.</summary>
    public string Comparator { get; set; } = "exact";

    /// <summary>Thresholds for the levels between exact and else (similarities, distances or days); omitted gives the comparator's defaults, [] none.</summary>
    public List<double>? Levels { get; set; }

    /// <summary>Adjust exact-match weights by how common the value is (rare surnames weigh more).</summary>
    public bool TermFrequency { get; set; }

    /// <summary>A column whose value, exchanged with this one's, counts as a "swapped" level (first name and surname reversed).</summary>
    public string? SwapColumn { get; set; }

    /// <summary>The name used in explanations and models.</summary>
    [JsonIgnore]
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Column : Name;
}

/// <summary>A blocking rule: records whose keys are all equal (and present) become candidate pairs.</summary>
public sealed class BlockingRuleSettings
{
    /// <summary>Name shown in the blocking report.</summary>
    public string? Name { get; set; }

    /// <summary>The key parts; all must be equal.</summary>
    public List<BlockingKeySettings> Keys { get; set; } = [];
}

/// <summary>One part of a blocking key: a column through normalisers.</summary>
public sealed class BlockingKeySettings
{
    /// <summary>The input column.</summary>
    public string Column { get; set; } = "";

    /// <summary>Normaliser names applied in order, for example ["spelling-key", "prefix:3"].</summary>
    public List<string> Normalisers { get; set; } = [];
}
