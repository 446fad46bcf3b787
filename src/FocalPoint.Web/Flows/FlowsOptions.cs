namespace FocalPoint.Web.Flows;

/// <summary>
/// The weapon-flow map. The deployment has no internet, so there are no map tiles: municipalities are drawn from a
/// GeoJSON file the operator provides (e.g. geoBoundaries' Kosovo ADM2, © OpenStreetMap contributors, ODbL). Without
/// one the map shows points at the municipality coordinates of the reference data.
/// </summary>
internal sealed class FlowsOptions
{
    public const string Section = "Flows";

    /// <summary>Path to a GeoJSON FeatureCollection of municipalities (a <c>name</c> property per feature); empty for points.</summary>
    public string? MunicipalityGeoJson { get; set; }

    /// <summary>The attribution the file's licence asks for, shown under the map; required with a file.</summary>
    public string? MapAttribution { get; set; }

    public static bool IsValid(FlowsOptions options) =>
        string.IsNullOrWhiteSpace(options.MunicipalityGeoJson)
        || (File.Exists(options.MunicipalityGeoJson) && !string.IsNullOrWhiteSpace(options.MapAttribution));

    public const string Invalid =
        "Flows:MunicipalityGeoJson must name an existing GeoJSON file, and Flows:MapAttribution must then give the attribution its licence asks for.";
}
