namespace FocalPoint.Web.Flows;

/// <summary>
/// The weapon-flow map. The deployment has no internet, so there are no map tiles: municipalities are drawn from a
/// GeoJSON file. The product ships Kosovo's 38 (geoBoundaries ADM2, © OpenStreetMap contributors, ODbL: Data/geo with
/// its README and licence) and uses them by default; settings may name another file, or an empty value for points at
/// the municipality coordinates of the reference data.
/// </summary>
internal sealed class FlowsOptions
{
    public const string Section = "Flows";

    public const string ShippedAttribution = "© OpenStreetMap contributors; boundaries: geoBoundaries (Runfola et al. 2020)";

    /// <summary>The boundaries shipped beside the application.</summary>
    public static string ShippedGeoJson { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "geo", "kosovo_municipalities_adm2.geojson");

    /// <summary>Path to a GeoJSON FeatureCollection of municipalities (a <c>name</c> property per feature); empty for points.</summary>
    public string? MunicipalityGeoJson { get; set; } = ShippedGeoJson;

    /// <summary>The attribution the file's licence asks for, shown under the map; required with a file.</summary>
    public string? MapAttribution { get; set; } = ShippedAttribution;

    public static bool IsValid(FlowsOptions options) =>
        string.IsNullOrWhiteSpace(options.MunicipalityGeoJson)
        || (IsFeatureCollection(options.MunicipalityGeoJson) && !string.IsNullOrWhiteSpace(options.MapAttribution));

    public const string Invalid =
        "Flows:MunicipalityGeoJson must name a readable GeoJSON FeatureCollection, and Flows:MapAttribution must then give the attribution its licence asks for.";

    /// <summary>Read once at start, so a wrong path or a broken file stops the start instead of the first map.</summary>
    private static bool IsFeatureCollection(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.TryGetProperty("features", out var features) && features.ValueKind == System.Text.Json.JsonValueKind.Array;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
