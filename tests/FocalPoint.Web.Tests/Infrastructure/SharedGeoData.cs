using FocalPoint.Testing;

namespace FocalPoint.Web.Tests.Infrastructure;

/// <summary>Kosovo's municipality boundaries from the team's shared data folder (not committed here: ODbL data).</summary>
public static class SharedGeoData
{
    public const string Attribution = "© OpenStreetMap contributors; boundaries: geoBoundaries (Runfola et al. 2020)";

    private const string RelativePath = "shared/data/geo/kosovo_municipalities_adm2.geojson";

    /// <summary>
    /// The file in the first folder above the repository that holds it; null when there is none, or when
    /// FOCALPOINT_TEST_GEOJSON=none asks the tests to run the map's fallback (points at reference coordinates).
    /// </summary>
    public static string? MunicipalityBoundaries { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("FOCALPOINT_TEST_GEOJSON") == "none")
        {
            return null;
        }

        for (var folder = new DirectoryInfo(RepositoryRoot.Path); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
