using System.Text.Json;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Domain.Reference;

namespace FocalPoint.Application.Tests.ReferenceData;

public class ReferenceDataCatalogTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataCatalog.Load();

    [Fact]
    public void Load_SeedFiles_HoldEightDirectoratesAndThirtyEightMunicipalities()
    {
        Assert.Equal(8, Reference.Directorates.Count);
        Assert.Equal(38, Reference.Municipalities.Count);
        Assert.All(Reference.Municipalities, m => Assert.Contains(Reference.Directorates, d => d.Id == m.DirectorateId));
        Assert.All(Reference.Directorates, d => Assert.Contains(Reference.Municipalities, m => m.DirectorateId == d.Id));
        Assert.All(Reference.Municipalities, m => Assert.True(m.Population > 0 && m.NameSq.Length > 0 && m.NameSr.Length > 0));
    }

    [Fact]
    public void Load_MunicipalityEnglishNames_MatchTheBoundaryFile()
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "data", "geo", "kosovo_municipalities_adm2.geojson");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var names = document.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("name").GetString())
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(38, names.Count);
        Assert.All(Reference.Municipalities, m => Assert.Contains(m.NameEn, names));
        Assert.Equal(38, Reference.Municipalities.Select(m => m.NameEn).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_CalibreAliases_NeverShareAKeyBetweenTwoCalibres()
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var calibre in Reference.Calibres)
        {
            foreach (var spelling in calibre.Aliases.Select(a => a.Alias).Append(calibre.Name))
            {
                var key = CalibreNames.Key(spelling);
                Assert.True(
                    owners.TryAdd(key, calibre.Id) || owners[key] == calibre.Id,
                    $"'{spelling}' of {calibre.Name} has the key {key} of calibre {owners.GetValueOrDefault(key)}");
            }
        }

        Assert.InRange(Reference.Calibres.Count, 35, 60);
        Assert.Equal(Reference.CalibreAliases.Count(), Reference.CalibreAliases.Select(a => a.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("7,62x39", "7.62x39mm")]
    [InlineData("7.62×39 mm", "7.62x39mm")]
    [InlineData("762x39", "7.62x39mm")]
    [InlineData("9mm Para", "9x19mm")]
    [InlineData("Parabellum", "9x19mm")]
    [InlineData("12/70", "12/70 (12 gauge)")]
    public void Load_CommonSpelling_FindsItsCalibre(string spelling, string expected)
    {
        var key = CalibreNames.Key(spelling);
        var match = Reference.Calibres.Single(c => c.Aliases.Any(a => CalibreNames.Key(a.Alias) == key) || CalibreNames.Key(c.Name) == key);

        Assert.Equal(expected, match.Name);
    }

    [Fact]
    public void Load_OtherTables_AreCompleteAndConsistent()
    {
        Assert.InRange(Reference.Countries.Count, 249, 251);
        Assert.Contains(Reference.Countries, c => c is { Code: "XK", Alpha3: "XKX" });
        Assert.All(Reference.Countries, c => Assert.False(string.IsNullOrWhiteSpace(c.NameSq) || string.IsNullOrWhiteSpace(c.NameSr)));
        Assert.InRange(Reference.CrossingPoints.Count, 12, 20);
        Assert.All(Reference.CrossingPoints, c => Assert.Contains(Reference.Municipalities, m => m.Id == c.MunicipalityId));
        Assert.All(Reference.CrossingPoints.Where(c => c.NeighbourCountry is not null), c => Assert.Contains(Reference.Countries, k => k.Code == c.NeighbourCountry));
        Assert.Equal(13, Reference.FirearmTypes.Count);
        Assert.InRange(Reference.Makes.Count, 35, 60);
        Assert.All(Reference.Makes.Where(m => m.Country is not null), m => Assert.Contains(Reference.Countries, k => k.Code == m.Country));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FocalPoint.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FocalPoint.slnx not found above the test output folder.");
    }
}
