using FocalPoint.Application.Flows;
using FocalPoint.Application.Registry.Reference;
using FocalPoint.Data.ReferenceData;
using FocalPoint.Web.Flows;
using FocalPoint.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FocalPoint.Web.Tests.Flows;

/// <summary>How the flow map finds its shapes: boundaries matched by name, or points at the reference coordinates.</summary>
public sealed class MunicipalityMapTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataCatalog.Load();

    [Fact]
    public void Shapes_SharedBoundaryFile_MatchesAllThirtyEightMunicipalities()
    {
        var source = Source(SharedGeoData.MunicipalityBoundaries ?? throw new InvalidOperationException("the shipped boundaries are turned off"));

        var shapes = source.For(Reference.Municipalities)!;

        Assert.Equal(38, shapes.FeatureByMunicipality.Count);
        Assert.Equal("Pristina", shapes.FeatureByMunicipality[Reference.Municipalities.Single(m => m.Code == "prishtine").Id]);
        Assert.Equal(SharedGeoData.Attribution, shapes.Attribution);
    }

    [Theory]
    [InlineData("Municipality of Fushë Kosovë", "fushe-kosove")]
    [InlineData("Đakovica", "DAKOVICA")]
    [InlineData("Han i Elezit", "han-i-elezit")]
    public void Key_IgnoresCaseDiacriticsPunctuationAndThePrefix(string a, string b) =>
        Assert.Equal(MunicipalityShapeSource.Key(a), MunicipalityShapeSource.Key(b));

    [Fact]
    public void Chart_WithoutBoundaries_PointsAtReferenceCoordinates()
    {
        Assert.Null(Source(null).For(Reference.Municipalities));
        var snapshot = new ReferenceSnapshot(Reference.Directorates, Reference.Municipalities, Reference.CrossingPoints, Reference.Countries, [], Reference.FirearmTypes, []);
        var prizren = Reference.Municipalities.Single(m => m.Code == "prizren");
        var report = new WeaponFlowReport(
            new FlowFilter(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)),
            [new WeaponFlow("RS", null, TransitKind.BorderCrossing, "AL", prizren.Id, 3)]);

        var chart = FlowLabels.Chart(report, new FlowLabels(snapshot, "Unknown", "Inland", "Airport"), snapshot, null, ["a", "b", "c", "d"], "firearms");

        Assert.False(chart.Map.Areas);
        Assert.Equal(38, chart.Map.Values.Count);
        var point = chart.Map.Values.Single(v => v.Value == 3);
        Assert.Equal((prizren.Longitude, prizren.Latitude), (point.Longitude, point.Latitude));
        Assert.Equal(
            ["Manufacture:RS", "LastLegalImport:?", "Transit:AL", $"Municipality:{prizren.Id}"],
            chart.Sankey.Nodes.Select(n => n.Id));
        Assert.Equal(["Serbia", "Unknown", "Albania", "Prizren"], chart.Sankey.Nodes.Select(n => n.Name));
        Assert.True(chart.Sankey.Nodes[1].Unknown);
    }

    [Fact]
    public void Options_BrokenFileOrMissingAttribution_AreRefused()
    {
        var broken = Path.GetTempFileName();
        File.WriteAllText(broken, "{ not json");
        try
        {
            Assert.False(FlowsOptions.IsValid(new FlowsOptions { MunicipalityGeoJson = broken, MapAttribution = "x" }));
            Assert.False(FlowsOptions.IsValid(new FlowsOptions { MunicipalityGeoJson = SharedGeoData.MunicipalityBoundaries, MapAttribution = null }));
            Assert.False(FlowsOptions.IsValid(new FlowsOptions { MunicipalityGeoJson = "/no/such/file.geojson", MapAttribution = "x" }));
            Assert.True(FlowsOptions.IsValid(new FlowsOptions { MunicipalityGeoJson = SharedGeoData.MunicipalityBoundaries, MapAttribution = "x" }));
            Assert.True(FlowsOptions.IsValid(new FlowsOptions { MunicipalityGeoJson = "" }));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void Options_NothingConfigured_UseTheShippedBoundariesWithTheirAttribution()
    {
        var options = new FlowsOptions();

        Assert.True(File.Exists(options.MunicipalityGeoJson), options.MunicipalityGeoJson);
        Assert.True(FlowsOptions.IsValid(options));
        var shapes = new MunicipalityShapeSource(Options.Create(options)).For(Reference.Municipalities);
        Assert.NotNull(shapes);
        Assert.Contains("OpenStreetMap", shapes.Attribution, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(options.MunicipalityGeoJson)!, "LICENSE-ODbL.txt")));
    }

    private static MunicipalityShapeSource Source(string? path) =>
        new(Options.Create(new FlowsOptions { MunicipalityGeoJson = path, MapAttribution = path is null ? null : SharedGeoData.Attribution }));
}
