using FocalPoint.Testing;

namespace FocalPoint.Web.Tests.Infrastructure;

/// <summary>Kosovo's municipality boundaries as the product ships them (src/FocalPoint.Web/Data/geo, ODbL).</summary>
public static class SharedGeoData
{
    public const string Attribution = "© OpenStreetMap contributors; boundaries: geoBoundaries (Runfola et al. 2020)";

    /// <summary>
    /// The shipped file; null when FOCALPOINT_TEST_GEOJSON=none asks the tests to run the map's fallback (points at
    /// reference coordinates, the setting emptied).
    /// </summary>
    public static string? MunicipalityBoundaries { get; } =
        Environment.GetEnvironmentVariable("FOCALPOINT_TEST_GEOJSON") == "none"
            ? null
            : Path.Combine(RepositoryRoot.Path, "src", "FocalPoint.Web", "Data", "geo", "kosovo_municipalities_adm2.geojson");
}
