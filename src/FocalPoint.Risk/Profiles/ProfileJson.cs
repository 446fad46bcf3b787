using System.Text.Json;
using System.Text.Json.Serialization;

namespace FocalPoint.Risk.Profiles;

/// <summary>
/// Profiles and indicator sets as JSON (kinds by name, camelCase), the form profile files and stored profile versions
/// use. See docs/examples/risk-profiles.json.
/// </summary>
public static class ProfileJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    /// <summary>An indicator set as JSON.</summary>
    public static string WriteIndicators(IReadOnlyList<Indicator> indicators) => JsonSerializer.Serialize(indicators, Options);

    /// <summary>An indicator set from JSON; throws <see cref="JsonException"/> on a malformed text.</summary>
    public static IReadOnlyList<Indicator> ReadIndicators(string json) =>
        JsonSerializer.Deserialize<List<Indicator>>(json, Options) ?? [];

    /// <summary>A list of profiles from JSON; throws <see cref="JsonException"/> on a malformed text.</summary>
    public static IReadOnlyList<RiskProfile> ReadProfiles(string json) =>
        JsonSerializer.Deserialize<List<RiskProfile>>(json, Options) ?? [];

    /// <summary>A list of profiles as JSON.</summary>
    public static string WriteProfiles(IEnumerable<RiskProfile> profiles) =>
        JsonSerializer.Serialize(profiles.ToList(), new JsonSerializerOptions(Options) { WriteIndented = true });
}
